// String literals and chars: literal identity (interning across methods),
// null comparisons, char arithmetic and escapes, and `.Length` of literals
// (String.Length reads the string's length field through get_Length).
class P {
    static string A() { return "hello"; }
    static string B() { return "hello"; }
    static int Main() {
        if (!object.ReferenceEquals(A(), B())) return 1;
        string s = null;
        if (s != null) return 2;
        if ("".Length != 0) return 3;
        if (A().Length != 5) return 4;
        if ("tab\there".Length != 8) return 5;
        if ("\u00e9\n".Length != 2) return 6;
        if (@"a\b".Length != 3) return 7;
        char c = 'A';
        c += (char)2;
        if (c != 'C') return 8;
        if ('\n' != 10 || '\0' != 0 || '\\' != 92 || '\'' != 39) return 9;
        if ((int)'\uffff' != 65535) return 10;
        int letters = 0;
        for (char ch = 'a'; ch <= 'z'; ch++) letters++;
        if (letters != 26) return 11;
        string[] names = { "x", "yy", "zzz", null };
        int total = 0;
        foreach (string n in names) if (n != null) total += n.Length;
        if (total != 6) return 12;
        object o = "yy";
        if (!(o is string) || o is char[]) return 13;
        return 0;
    }
}
