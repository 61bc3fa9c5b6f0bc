using System;
using System.Linq;
using System.Text.RegularExpressions;
class RegexTest {
    static void Main() {
        var r = new Regex(@"(\w+)@(\w+)\.com");
        var m = r.Match("contact: alice@example.com, bob@test.com");
        Console.WriteLine(m.Success + " " + m.Value + " " + m.Index + " " + m.Length + " " + m.Groups[1].Value + " " + m.Groups[2].Value + " " + m.Groups.Count);
        m = m.NextMatch(); Console.WriteLine(m.Value + " " + m.NextMatch().Success);
        Console.WriteLine(string.Join("|", Regex.Matches("a1b22c333", @"\d+").Cast<Match>().Select(x => x.Value)));
        Console.WriteLine(Regex.IsMatch("Hello", "^h", RegexOptions.IgnoreCase) + " " + Regex.IsMatch("Hello", "^h") + " " + Regex.IsMatch("line1\nline2", "^line2$", RegexOptions.Multiline));
        Console.WriteLine(Regex.Replace("2021-03-07", @"(\d+)-(\d+)-(\d+)", "$3/$2/$1") + " " + Regex.Replace("aaa bbb", "a+", m2 => m2.Value.Length.ToString()));
        Console.WriteLine(string.Join(",", Regex.Split("one, two;three  four", @"[,;\s]+")) + " " + string.Join("|", Regex.Split("a1b2c", @"(\d)")));
        var named = Regex.Match("key=value", @"(?<k>\w+)=(?<v>\w+)");
        Console.WriteLine(named.Groups["k"].Value + " -> " + named.Groups["v"].Value + " " + string.Join(",", new Regex(@"(?<k>\w+)=(?<v>\w+)").GetGroupNames()));
        Console.WriteLine(Regex.Escape("a.b*c?(d)") + " " + Regex.Unescape(@"a\.b\t"));
        Console.WriteLine(Regex.Match("aaa", "a+?").Value + " " + Regex.Match("aaa", "a{2}").Value + " " + Regex.Match("abcabc", "(abc)+").Groups[1].Captures.Count);
        Console.WriteLine(Regex.IsMatch("foobar", "foo(?=bar)") + " " + Regex.IsMatch("foobaz", "foo(?!bar)") + " " + Regex.Match("price: $42", @"(?<=\$)\d+").Value);
        Console.WriteLine(Regex.Replace("Hello World", @"\b(\w)", x => x.Value.ToLower()) + " " + Regex.Replace("a b  c", @"\s+", " "));
        Console.WriteLine(Regex.Match("ÀÉÎ abc", @"\p{Lu}+").Value + " " + Regex.IsMatch("123", @"^\d{3}$") + " " + Regex.Match("x=1;y=22", @"y=(\d+)").Groups[1].Value);
        var compiled = new Regex(@"^[a-z]+\d*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        Console.WriteLine(compiled.IsMatch("abc123") + " " + compiled.IsMatch("123abc") + " " + compiled.Options);
        Console.WriteLine(Regex.Match("The Cat", "cat", RegexOptions.IgnoreCase).Index + " " + Regex.Matches("aXbXc", "X").Count + " " + Regex.Replace("abc", "", "-"));
        Console.WriteLine(Regex.Match("<a><b>", "<.*>").Value + " " + Regex.Match("<a><b>", "<.*?>").Value + " " + Regex.IsMatch("ab\ncd", "b.c") + " " + Regex.IsMatch("ab\ncd", "b.c", RegexOptions.Singleline));
        try { new Regex("(unclosed"); } catch (ArgumentException e) { Console.WriteLine("ArgumentException " + (e.Message.Length > 0)); }
        Console.WriteLine(Regex.Replace("x1y2", @"\d", "[$0]") + " " + new Regex("b").Replace("abcabc", "B", 1) + " " + Regex.Match("abc", "(x)?b").Groups[1].Success);
        Console.WriteLine(Regex.Match("2+3=5", @"(\d)\+(\d)=(\d)").Result("$1 plus $2 is $3"));
    }
}
