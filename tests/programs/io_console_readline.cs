using System;

class Program {
    static int Main() {
        int count = 0, total = 0;
        string line;
        while ((line = Console.ReadLine()) != null) {
            count++;
            total += line.Length;
            char[] chars = line.ToCharArray();
            Array.Reverse(chars);
            Console.WriteLine("{0}: [{1}] reversed [{2}]", count, line, new string(chars));
        }
        Console.WriteLine("lines={0} chars={1}", count, total);
        Console.WriteLine("after end: " + (Console.ReadLine() == null));
        return count;
    }
}
