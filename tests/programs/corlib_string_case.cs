using System;
using System.Text;
// String.Normalize is left out: Lucid lacks the normalization tables (icall load_normalization_resource).
class Case {
    static void Main() {
        string s = "Hello Wörld ÆØÅ ß ı İ 123";
        Console.WriteLine(s.ToUpperInvariant());
        Console.WriteLine(s.ToLowerInvariant());
        Console.WriteLine(s.ToUpper(System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine(char.ToUpperInvariant('é') + " " + char.ToLowerInvariant('Ω') + " " + char.ToUpper('a'));
        var sb = new StringBuilder();
        foreach (char c in "MiXeD cAsE") sb.Append(char.IsUpper(c) ? char.ToLower(c) : char.ToUpper(c));
        Console.WriteLine(sb);
        Console.WriteLine("abc".ToUpper().GetHashCode() == "ABC".GetHashCode());
        Console.WriteLine(string.IsNullOrWhiteSpace("\t\n ") + " " + string.IsNullOrWhiteSpace(null) + " " + string.IsNullOrWhiteSpace(" x "));
        char[] arr = "dcba".ToCharArray();
        Array.Sort(arr);
        Console.WriteLine(new string(arr));
        Console.WriteLine(string.Intern(new string(arr)) == "abcd");
    }
}
