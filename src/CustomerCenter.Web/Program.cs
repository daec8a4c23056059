using CustomerCenter.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCustomerCenter(args);
var app = builder.Build();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

app.UseCustomerCenter();
await app.InitializeDatabaseAsync();
await app.RunAsync();
return 0;
