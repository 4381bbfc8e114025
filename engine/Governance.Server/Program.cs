using Governance.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddGovernance();

var app = builder.Build();
app.UseGovernance();
app.Run();

/// <summary>Visible to the in-process API tests (WebApplicationFactory).</summary>
public partial class Program;
