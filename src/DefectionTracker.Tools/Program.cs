using DefectionTracker.Tools;

return Commands.Run(args, Console.Out, Console.Error);
