using System;
using System.IO;

class Program {
    static int Main() {
        int c, letters = 0, digits = 0, newlines = 0, others = 0;
        string firstWord = "";
        bool inFirst = true;
        for (int i = 0; i < 20 && (c = Console.Read()) != -1; i++) {
            if (char.IsLetter((char)c)) letters++;
            else if (char.IsDigit((char)c)) digits++;
            else if (c == '\n') newlines++;
            else others++;
            if (inFirst && c != ' ') firstWord += (char)c; else inFirst = false;
        }
        Console.WriteLine("first 20: letters={0} digits={1} newlines={2} others={3} first word={4}", letters, digits, newlines, others, firstWord);
        TextReader input = Console.In;
        Console.WriteLine("peek: " + (char)input.Peek());
        string line = input.ReadLine();
        Console.WriteLine("rest of line: [" + line + "]");
        string rest = input.ReadToEnd();
        string[] parts = rest.Split('\n');
        Console.WriteLine("remaining lines: " + parts.Length);
        int sum = 0;
        foreach (var p in parts) { int v; if (int.TryParse(p.Trim(), out v)) sum += v; }
        Console.WriteLine("sum of numbers: " + sum);
        Console.WriteLine("read at end: " + Console.Read());
        return 0;
    }
}
