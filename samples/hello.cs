// The sample that the README's first command builds and shows.
using System;

class Hello
{
    static int Main(string[] args)
    {
        Console.WriteLine("Hello from Lucid");
        return args.Length;
    }
}
