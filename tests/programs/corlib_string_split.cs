using System;
class SplitJoin {
    static void Show(string[] parts) { Console.WriteLine(parts.Length + ": [" + string.Join("|", parts) + "]"); }
    static void Main() {
        Show("a,b,,c,".Split(','));
        Show("a,b,,c,".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        Show("a b\tc\nd".Split());
        Show("a b\tc\nd".Split(null));
        Show("one--two--three".Split(new[] { "--" }, StringSplitOptions.None));
        Show("1,2;3,4".Split(new[] { ',', ';' }, 3));
        Show("x".Split(','));
        Show("".Split(','));
        Show("".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        Show("a::b:::c".Split(new[] { "::" }, StringSplitOptions.RemoveEmptyEntries));
        Show("abc".Split(new char[0]));
        Console.WriteLine(string.Join(", ", new object[] { 1, "two", 3.0, null, 'c' }));
        Console.WriteLine(string.Join("/", new[] { "a", "b", "c" }, 1, 2));
        Console.WriteLine(string.Join("", new string[0]) == "");
        Console.WriteLine(string.Join("-", new System.Collections.Generic.List<int> { 5, 6, 7 }));
        Console.WriteLine(string.Join(null, "p", "q"));
        Console.WriteLine("Hello".Replace("l", "") + " " + "aaa".Replace("a", "bb") + " " + "abc".Replace("x", "y"));
        Console.WriteLine("a.b.c".Replace('.', '/'));
        Console.WriteLine("[" + "\t x y \r\n".Trim() + "][" + "--x--".TrimStart('-') + "][" + "--x--".TrimEnd('-') + "]");
        Console.WriteLine("[" + "xyxabcyx".Trim('x', 'y') + "][" + "   ".Trim() + "]");
        Console.WriteLine("[" + "7".PadLeft(3, '0') + "][" + "long".PadLeft(2) + "][" + "r".PadRight(4) + "]");
        Console.WriteLine("Substring".Substring(3, 3) + " " + "abc".Substring(3).Length);
        try { "abc".Substring(2, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
        Console.WriteLine("Remove".Remove(2) + " " + "Insert".Insert(6, "!"));
        Console.WriteLine(string.Concat(new[] { "x", "y", "z" }) + string.Concat(1, 2) + string.Concat((object)null, "n"));
        Console.WriteLine(string.Concat(new System.Collections.Generic.List<string> { "l", "i", "s", "t" }));
        Console.WriteLine(new string('*', 0).Length + " " + new string('-', 3));
        char[] buf = new char[5];
        "hello".CopyTo(1, buf, 0, 3);
        Console.WriteLine(new string(buf, 0, 3));
        Console.WriteLine(string.Join(",", "ab cd".ToCharArray(1, 3)));
    }
}
