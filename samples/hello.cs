// The sample that the README's first command builds and runs on Lucid.
using System;
using System.Collections.Generic;
using System.Linq;

class Hello
{
    static int Main(string[] args)
    {
        Console.WriteLine("Hello from Lucid");
        var squares = Enumerable.Range(1, 5).Select(n => n * n).ToList();
        Console.WriteLine("squares: {0}", string.Join(", ", squares));
        Console.WriteLine("running on {0} processor(s), {1}", Environment.ProcessorCount, DateTime.MinValue.Year);
        return 0;
    }
}
