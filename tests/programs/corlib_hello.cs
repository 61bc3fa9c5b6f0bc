using System;
class Hello {
    static void Main() {
        Console.WriteLine("Hello, world!");
        Console.Write("no newline ");
        Console.Write(42);
        Console.WriteLine();
        Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
        Console.Out.WriteLine("via Console.Out");
        Console.Error.WriteLine("to stderr");
        Console.WriteLine('c');
        Console.WriteLine(true);
        Console.WriteLine((object)null);
        Console.WriteLine(new char[] { 'a', 'b' });
    }
}
