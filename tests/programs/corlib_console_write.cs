using System;
class ConsoleWrite {
    static void Main() {
        Console.Write(42); Console.Write(' '); Console.Write(-7L); Console.Write(' ');
        Console.Write(3.5); Console.Write(' '); Console.Write(2.25f); Console.Write(' ');
        Console.Write(1.5m); Console.Write(' '); Console.Write(true); Console.Write(' ');
        Console.Write(4000000000u); Console.Write(' '); Console.Write(18000000000000000000ul);
        Console.WriteLine();
        Console.WriteLine(new char[] { 'a', 'b', 'c' });
        Console.WriteLine(new char[] { 'a', 'b', 'c', 'd', 'e' }, 1, 3);
        Console.Write(new char[] { 'x', 'y' }); Console.WriteLine();
        Console.WriteLine((object)null);
        Console.WriteLine((string)null);
        Console.WriteLine(new object().GetType());
        Console.WriteLine("{0}", 1);
        Console.WriteLine("{0} {1}", 1, "two");
        Console.WriteLine("{0} {1} {2}", 1, 2.5, 'c');
        Console.WriteLine("{0} {1} {2} {3}", 1, 2, 3, 4);
        Console.WriteLine("{0}{1}{2}{3}{4}", "a", "b", "c", "d", "e");
        Console.Write("{0}-{1}\n", "w", "x");
        Console.WriteLine(double.MaxValue);
        Console.WriteLine(float.MinValue);
        Console.WriteLine(long.MinValue);
        Console.WriteLine(char.MaxValue == '\uffff');
        Console.WriteLine('Z');
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine(1e21);
        Console.WriteLine(1e-7);
        Console.WriteLine(-0.0);
        Console.WriteLine(decimal.MaxValue);
        Console.Out.WriteLine("via Out");
        Console.Out.Write(7); Console.Out.WriteLine(8);
        Console.Out.Flush();
    }
}
