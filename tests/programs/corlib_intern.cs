using System;
using System.Text;
class Intern {
    static void Main() {
        string lit = "interned literal";
        string built = new StringBuilder("interned ").Append("literal").ToString();
        Console.WriteLine((object)lit == (object)built);
        Console.WriteLine((object)string.Intern(built) == (object)lit);
        Console.WriteLine(string.IsInterned(built) != null);
        Console.WriteLine((object)string.IsInterned(built) == (object)lit);
        string fresh = new string(new[] { 'q', 'z', 'x', 'w', '1', '9', '7', '3' });
        Console.WriteLine(string.IsInterned(fresh) == null);
        string i1 = string.Intern(fresh);
        Console.WriteLine((object)i1 == (object)fresh);
        Console.WriteLine((object)string.IsInterned(new string(fresh.ToCharArray())) == (object)fresh);
        Console.WriteLine((object)"a" + "b" == (object)"ab");
        const string c1 = "con", c2 = "cat";
        Console.WriteLine((object)(c1 + c2) == (object)"concat");
        Console.WriteLine((object)string.Empty == (object)"");
        Console.WriteLine((object)string.Intern("") == (object)string.Empty);
        try { string.Intern(null); } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        Console.WriteLine((object)Other.Value == (object)"shared across classes");
        Console.WriteLine(object.ReferenceEquals(1.ToString(), 1.ToString()));
    }
}
class Other { public static string Value = "shared across classes"; }
