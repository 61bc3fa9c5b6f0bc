using System;
using System.Text;
class Strings {
    static void Main() {
        string s = "Hello, World";
        Console.WriteLine(s.Length);
        Console.WriteLine(s.ToUpper() + " " + s.ToLower());
        Console.WriteLine(s.Substring(7) + "|" + s.Substring(0, 5));
        Console.WriteLine(s.IndexOf("World") + " " + s.IndexOf('o') + " " + s.LastIndexOf('o') + " " + s.IndexOf("xyz"));
        Console.WriteLine(s.Contains("lo, W") + " " + s.StartsWith("Hell") + " " + s.EndsWith("ld"));
        Console.WriteLine(s.Replace("l", "L") + " " + s.Replace('o', '0'));
        Console.WriteLine("  trim me  ".Trim() + "|" + "xxabcxx".Trim('x') + "|" + "  left".TrimStart() + "|" + "right  ".TrimEnd() + "|");
        Console.WriteLine(string.Join("-", "a,b,,c".Split(',')));
        Console.WriteLine(string.Join("+", new[] { 1, 2, 3 }));
        Console.WriteLine(string.Concat("a", "b", "c", "d", "e"));
        Console.WriteLine("abc".PadLeft(6) + "|" + "abc".PadRight(6, '.') + "|");
        Console.WriteLine(string.Compare("apple", "banana") < 0);
        Console.WriteLine(string.CompareOrdinal("a", "B") > 0);
        Console.WriteLine("Straße".Length + " " + "日本語".Length);
        Console.WriteLine(new string('=', 10));
        Console.WriteLine(new string(new[] { 'x', 'y', 'z' }));
        Console.WriteLine("a".Equals("a") + " " + ("ab" + "c" == "abc") + " " + "abc".GetHashCode().Equals("abc".GetHashCode()));
        char[] chars = "reverse".ToCharArray();
        Array.Reverse(chars);
        Console.WriteLine(new string(chars));
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrWhiteSpace("  ") + " " + string.IsNullOrEmpty("x"));
        Console.WriteLine("{0,5}|{1,-5}|{2:D3}", 1, 2, 3);
        Console.WriteLine(string.Format("{0} {1} {0}", "x", "y"));
        Console.WriteLine("a\tb\\n".Length);
        Console.WriteLine("insert".Insert(2, "--") + " " + "remove".Remove(1, 3));
        Console.WriteLine("CamelCase".ToLowerInvariant() + " " + char.IsUpper('C') + char.IsDigit('5') + char.IsLetter('!'));
        var sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.Append(i).Append(',');
        sb.Length--;
        sb.Insert(0, "[").Append(']');
        Console.WriteLine(sb.ToString() + " " + sb.Length);
        sb.Clear();
        sb.AppendFormat("{0:X4}", 48879).AppendLine().Append("done");
        Console.WriteLine(sb);
        Console.WriteLine(sb.Replace("done", "finished").ToString());
    }
}
