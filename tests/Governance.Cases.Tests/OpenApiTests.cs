namespace Governance.Cases.Tests;

public class OpenApiTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    [Fact]
    public async Task The_OpenAPI_document_describes_the_case_API()
    {
        var doc = await server.Factory.CreateClient().GetAsync("/openapi/v1.json").Ok();
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/api/auth/login", "/api/cases", "/api/cases/{id}", "/api/tasks", "/api/tasks/{id}/actions/{action}",
                     "/api/statistics", "/api/public/cases/{number}", "/api/forms/{id}", "/api/cases/{id}/attachments" })
            Assert.Contains(path, paths);
        Assert.NotNull(doc["paths"]!["/api/cases"]!["post"]!["requestBody"]);
    }
}
