using System;
using System.IO;
class ReadLines {
    static void Main() {
        string first = Console.ReadLine();
        Console.WriteLine("first=[" + first + "]");
        int c1 = Console.Read(), c2 = Console.Read();
        Console.WriteLine("read " + c1 + " " + (char)c2);
        Console.WriteLine("rest of line=[" + Console.ReadLine() + "]");
        TextReader input = Console.In;
        Console.WriteLine("peek " + (char)input.Peek());
        int sum = 0, lines = 0;
        string line;
        while ((line = input.ReadLine()) != null) {
            lines++;
            if (line == "END") break;
            foreach (var part in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                sum += int.Parse(part);
        }
        Console.WriteLine("lines " + lines + " sum " + sum);
        string tail = Console.In.ReadToEnd();
        Console.WriteLine("tail " + tail.Length + " [" + tail.Replace("\n", "|") + "]");
        Console.WriteLine(Console.ReadLine() == null);
        Console.WriteLine(Console.Read());
    }
}
