// Startup: the cost of bringing a runtime up, loading corlib, printing one
// line through Console and shutting down.
using System;

static class Hello
{
    static void Main()
    {
        Console.WriteLine("Hello, world!");
    }
}
