using System.Reflection;
using System.Text.Json;
using Governance.Core.Input;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Server.Security;

/// <summary>
/// Checks every text field of every request before a handler runs: string parameters (route, query, header, form)
/// and the string properties of request bodies, each against its entry in <see cref="InputLimits"/> (length as a
/// person sees it; nothing but invisible characters is refused). Free JSON (<c>data</c>, <c>form</c>) is bounded
/// by the services that read it. Added once to the group every API is mapped on.
/// </summary>
public static class InputLimitFilter
{
    /// <summary>Endpoint metadata saying the endpoint's text fields are checked (it was mapped on the group of <see cref="SecurityServices.MapApis"/>).</summary>
    public sealed class Applied
    {
        public static readonly Applied Instance = new();
    }

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checks = Fields(context.MethodInfo).ToList();
        if (checks.Count == 0) return next;
        return invocation =>
        {
            foreach (var (index, field, property) in checks)
            {
                var argument = invocation.Arguments[index];
                if ((property is null ? argument : argument is null ? null : property.GetValue(argument)) is string text)
                    TextInput.Check(text, field);
            }
            return next(invocation);
        };
    }

    /// <summary>The text fields of a handler: the argument's position, the field's name as the API spells it, and the body property when it is one.</summary>
    public static IEnumerable<(int Index, string Field, PropertyInfo? Property)> Fields(MethodInfo handler)
    {
        var parameters = handler.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            if (p.ParameterType == typeof(string))
                yield return (i, NameOf(p), null);
            else if (IsBody(p.ParameterType))
                foreach (var property in p.ParameterType.GetProperties().Where(x => x.PropertyType == typeof(string)))
                    yield return (i, JsonNamingPolicy.CamelCase.ConvertName(property.Name), property);
        }
    }

    /// <summary>Request bodies are the API's own records (services the handlers take are classes, never records).</summary>
    static bool IsBody(Type type) => type.IsClass && type.Namespace?.StartsWith("Governance.Server", StringComparison.Ordinal) == true
        && type.GetMethod("<Clone>$") is not null;

    static string NameOf(ParameterInfo p) =>
        p.GetCustomAttribute<FromHeaderAttribute>()?.Name ?? p.GetCustomAttribute<FromQueryAttribute>()?.Name
        ?? p.GetCustomAttribute<FromRouteAttribute>()?.Name ?? p.GetCustomAttribute<FromFormAttribute>()?.Name ?? p.Name!;
}
