using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Runtime;

/// <summary>Each field type accepts what it should and refuses the rest with a Chinese message at the field's path.</summary>
public class FieldTypeTests
{
    public sealed record Case(string Name, string Field, string Value, string? Code, string? Says = null)
    {
        public override string ToString() => Name;
    }

    const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    public static TheoryData<Case> Cases => new()
    {
        new("text accepts a string", """ "key": "f", "type": "text", "label": "标题" """, "\"路灯不亮\"", null),
        new("text refuses a number", """ "key": "f", "type": "text", "label": "标题" """, "12", "FORM-TYPE", "“标题”应为文本"),
        new("textarea counts characters", """ "key": "f", "type": "textarea", "label": "描述", "maxLength": 3 """, "\"一二三四\"", "FORM-MAX-LENGTH", "“描述”最多 3 个字"),
        new("number refuses text", """ "key": "f", "type": "number", "label": "人数" """, "\"三\"", "FORM-TYPE", "“人数”应为数字"),
        new("integer number refuses a fraction", """ "key": "f", "type": "number", "label": "人数", "integer": true """, "2.5", "FORM-INTEGER", "“人数”应为整数"),
        new("money keeps two decimals", """ "key": "f", "type": "money", "label": "金额" """, "0.29", null),
        new("money refuses three decimals", """ "key": "f", "type": "money", "label": "金额" """, "10.005", "FORM-MONEY", "“金额”最多保留两位小数"),
        new("date accepts a real day", """ "key": "f", "type": "date", "label": "日期" """, "\"2024-02-29\"", null),
        new("date refuses 30 February", """ "key": "f", "type": "date", "label": "日期" """, "\"2026-02-30\"", "FORM-DATE", "“日期”应为日期，如 2026-11-22"),
        new("datetime needs an offset", """ "key": "f", "type": "datetime", "label": "时间" """, "\"2026-11-22T09:30:00\"", "FORM-DATETIME"),
        new("datetime with offset", """ "key": "f", "type": "datetime", "label": "时间" """, "\"2026-11-22T09:30:00+08:00\"", null),
        new("select from static options", """ "key": "f", "type": "select", "label": "类型", "options": [{"value":"a","label":"甲"}] """, "\"b\"", "FORM-OPTION", "“类型”的值“b”不在可选范围内"),
        new("radio from a dictionary", """ "key": "f", "type": "radio", "label": "紧急程度", "source": "urgencies" """, "\"critical\"", null),
        new("radio refuses an unknown urgency", """ "key": "f", "type": "radio", "label": "紧急程度", "source": "urgencies" """, "\"asap\"", "FORM-OPTION"),
        new("select from the catalog", """ "key": "f", "type": "select", "label": "事项", "source": "catalog" """, "\"11001\"", null),
        new("select refuses an unknown item", """ "key": "f", "type": "select", "label": "事项", "source": "catalog" """, "\"99999\"", "FORM-OPTION"),
        new("select from departments", """ "key": "f", "type": "select", "label": "部门", "source": "departments" """, "\"nope\"", "FORM-OPTION"),
        new("select from users", """ "key": "f", "type": "select", "label": "经办人", "source": "users" """, "\"u002\"", null),
        new("checkbox counts", """ "key": "f", "type": "checkbox", "label": "措施", "options": [{"value":"a","label":"甲"},{"value":"b","label":"乙"}], "maxCount": 1 """, "[\"a\",\"b\"]", "FORM-MAX-COUNT", "“措施”最多 1 项"),
        new("checkbox refuses a single value", """ "key": "f", "type": "checkbox", "label": "措施", "options": [{"value":"a","label":"甲"}] """, "\"a\"", "FORM-TYPE", "“措施”应为列表"),
        new("place with a real grid", """ "key": "f", "type": "place", "label": "地点" """, """{"address":"青山镇文化路 8 号","lng":118.1,"lat":30.2,"grid":"990121001001001"}""", null),
        new("place with an unknown grid", """ "key": "f", "type": "place", "label": "地点" """, """{"address":"某路","grid":"990121001001999"}""", "FORM-PLACE-GRID", "“地点”的网格“990121001001999”不存在"),
        new("place with a street code as grid", """ "key": "f", "type": "place", "label": "地点" """, """{"address":"某路","grid":"990121001"}""", "FORM-PLACE-GRID"),
        new("place with coordinates out of range", """ "key": "f", "type": "place", "label": "地点" """, """{"address":"某路","lng":218.1,"lat":30.2}""", "FORM-PLACE-COORDINATES"),
        new("place without an address", """ "key": "f", "type": "place", "label": "地点" """, """{"lng":118.1,"lat":30.2}""", "FORM-PLACE", "“地点”应包含地址"),
        new("attachment of the right type", """ "key": "f", "type": "attachment", "label": "照片", "accept": ["image/*"], "maxSizeKb": 100 """, """[{"id":"a1","name":"a.jpg","type":"image/jpeg","size":1000}]""", null),
        new("attachment of the wrong type", """ "key": "f", "type": "attachment", "label": "照片", "accept": ["image/*"] """, """[{"name":"a.exe","type":"application/x-msdownload","size":1000}]""", "FORM-FILE-TYPE", "文件“a.exe”的类型 application/x-msdownload 不允许，允许：image/*"),
        new("attachment too big", """ "key": "f", "type": "attachment", "label": "照片", "maxSizeKb": 100 """, """[{"name":"a.jpg","type":"image/jpeg","size":102401}]""", "FORM-FILE-SIZE", "文件“a.jpg”超过 100 KB"),
        new("attachment by extension", """ "key": "f", "type": "attachment", "label": "材料", "accept": [".pdf"] """, """[{"name":"协议.PDF","type":"application/pdf","size":10}]""", null),
        new("too many attachments", """ "key": "f", "type": "attachment", "label": "照片", "maxCount": 1 """, """[{"name":"a.jpg","type":"image/jpeg","size":1},{"name":"b.jpg","type":"image/jpeg","size":1}]""", "FORM-MAX-COUNT"),
        new("attachment without metadata", """ "key": "f", "type": "attachment", "label": "照片" """, """[{"name":"a.jpg"}]""", "FORM-FILE", "“照片”的第 1 个文件缺少名称、类型或大小"),
        new("signature as a PNG data URL", """ "key": "f", "type": "signature", "label": "签名" """, $"\"{Png}\"", null),
        new("signature that is a JPEG", """ "key": "f", "type": "signature", "label": "签名" """, "\"data:image/jpeg;base64,/9j/4AAQ\"", "FORM-SIGNATURE", "“签名”应为 PNG 格式的手写签名"),
        new("signature too big", """ "key": "f", "type": "signature", "label": "签名", "maxSizeKb": 1 """, $"\"{Png}{new string('A', 2000)}\"", "FORM-SIGNATURE-SIZE", "“签名”的签名图片超过 1 KB"),
        new("table refuses an object", """ "key": "f", "type": "table", "label": "明细", "columns": [{"key":"a","type":"text","label":"甲"}] """, "{}", "FORM-TYPE", "“明细”应为列表"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_value_is_checked_against_its_field_type(Case c)
    {
        var result = TestForms.OneField(c.Field).Submit($$"""{ "f": {{c.Value}} }""");
        if (c.Code is null)
        {
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
            return;
        }
        var error = Assert.Single(result.Errors);
        Assert.Equal(("f", c.Code), (error.Path, error.Code));
        if (c.Says is not null) Assert.Equal(c.Says, error.Message);
    }

    [Fact]
    public void A_serial_number_is_generated_once_and_kept_when_resubmitted()
    {
        var form = TestForms.OneField(""" "key": "no", "type": "serial", "label": "编号", "prefix": "SJ", "digits": 3 """,
            """, { "key": "t", "type": "text", "label": "标题" }""");
        var env = TestForms.Environment with
        {
            Counter = new Governance.Core.Forms.Runtime.InMemorySerialCounter(),
            Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 17, 0, 0, TimeSpan.Zero)),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        };
        var first = form.Submit("""{ "t": "一", "no": "FORGED" }""", env: env);
        var second = form.Submit("""{ "t": "二" }""", env: env);
        Assert.Equal("SJ20261122001", (string?)first.Data["no"]); // 17:00 UTC is already the 22nd in China
        Assert.Equal("SJ20261122002", (string?)second.Data["no"]);
        var again = form.Submit("""{ "t": "改", "no": "SJ1" }""", previous: first.Data.ToJsonString(), env: env);
        Assert.Equal("SJ20261122001", (string?)again.Data["no"]);
    }

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
