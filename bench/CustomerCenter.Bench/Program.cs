using CustomerCenter.Bench.Cli;

return await Commands.RunAsync(args);
