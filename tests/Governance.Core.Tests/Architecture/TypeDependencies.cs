using System.Reflection;
using System.Reflection.Emit;

namespace Governance.Core.Tests.Architecture;

/// <summary>
/// Which types a type uses: in its signatures (base type, interfaces, fields, properties, parameters, return
/// types, attributes) and in its method bodies (every type, method and field token the IL names). Read from the
/// compiled assembly, so a fully-qualified name in the middle of an expression counts as much as a using directive.
/// </summary>
internal static class TypeDependencies
{
    const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value, o => o.OperandType);

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null) return;
            if (t.HasElementType) { Add(t.GetElementType()); return; }
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var a in t.GetGenericArguments()) Add(a);
                return;
            }
            if (!t.IsGenericParameter) found.Add(t);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var a in type.GetCustomAttributesData()) Add(a.AttributeType);
        foreach (var f in type.GetFields(All)) Add(f.FieldType);
        foreach (var p in type.GetProperties(All)) Add(p.PropertyType);
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            foreach (var member in BodyReferences(m))
                switch (member)
                {
                    case Type t: Add(t); break;
                    case MethodBase callee: Add(callee.DeclaringType); break;
                    case FieldInfo field: Add(field.DeclaringType); Add(field.FieldType); break;
                }
        }
        return found;
    }

    static IEnumerable<MemberInfo> BodyReferences(MethodBase method)
    {
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException) { yield break; }
        if (il is null) yield break;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            short code = il[i++];
            if (code == 0xFE) code = (short)(0xFE00 | il[i++]);
            var operand = Operands.GetValueOrDefault(code, OperandType.InlineNone);
            switch (operand)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try { member = method.Module.ResolveMember(token, typeArgs, methodArgs); }
                    catch (ArgumentException) { }
                    if (member is not null) yield return member;
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                default:
                    i += Size(operand);
                    break;
            }
        }
    }

    static int Size(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
