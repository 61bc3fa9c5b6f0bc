using System;
using System.Text;
class SB {
    static void Main() {
        var sb = new StringBuilder("start", 4);
        Console.WriteLine(sb.Length + " " + (sb.Capacity >= 5) + " " + sb.MaxCapacity);
        sb.Append(' ').Append(1).Append(' ').Append(2.5).Append(' ').Append(true).Append(' ').Append('c', 3).Append(' ').Append(7L).Append(' ').Append(1.5m).Append(' ').Append((object)null).Append("|");
        Console.WriteLine(sb);
        sb.Append(new[] { 'x', 'y', 'z' }).Append("abcdef", 2, 3).Append(new[] { 'p', 'q', 'r' }, 1, 2);
        Console.WriteLine(sb.ToString());
        sb.AppendFormat("[{0,4}|{1:X}]", 5, 255).AppendLine("!").AppendLine();
        Console.WriteLine(sb.ToString().Replace("\n", "\\n"));
        sb.Clear();
        for (int i = 0; i < 1000; i++) sb.Append(i % 10);
        Console.WriteLine(sb.Length + " " + sb[999] + " " + sb.ToString(995, 5));
        sb.Remove(10, 980);
        Console.WriteLine(sb + " " + sb.Length);
        sb.Insert(0, "<").Insert(sb.Length, '>').Insert(5, 42).Insert(1, "ab", 2);
        Console.WriteLine(sb);
        sb.Replace('0', 'O').Replace("ab", "AB", 0, 4).Replace("9", "");
        Console.WriteLine(sb);
        sb[0] = '{';
        Console.WriteLine(sb.ToString() + " " + sb.Equals(new StringBuilder(sb.ToString())));
        sb.Length = 3;
        Console.WriteLine("[" + sb + "]");
        sb.Length = 6;
        Console.WriteLine(sb.ToString().Replace('\0', '0'));
        char[] dest = new char[4];
        new StringBuilder("hello").CopyTo(1, dest, 0, 4);
        Console.WriteLine(new string(dest));
        var big = new StringBuilder();
        for (int i = 0; i < 50; i++) big.Insert(0, i.ToString() + ",");
        Console.WriteLine(big.ToString().Substring(0, 30) + " " + big.Length);
        try { sb.Remove(0, 100); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE remove"); }
        try { new StringBuilder(5, 10).Append(new string('x', 11)); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE max capacity"); }
        Console.WriteLine(new StringBuilder().AppendFormat("{0}{1}{2}{3}", 1, 2, 3, 4).Append(ulong.MaxValue).Append((sbyte)-1).Append(0.1f));
    }
}
