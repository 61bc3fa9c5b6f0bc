using System;
using System.Collections.Generic;
class RuntimeTest {
    enum Color { Red, Green = 5 }
    static int Main(string[] args) {
        var domain = AppDomain.CurrentDomain;
        Console.WriteLine(domain.FriendlyName.EndsWith(".exe") + " " + domain.Id + " " + domain.IsDefaultAppDomain());
        domain.SetData("answer", 42);
        Console.WriteLine(domain.GetData("answer") + " " + (domain.GetData("missing") == null));
        Console.WriteLine(domain.BaseDirectory.EndsWith("/"));
        domain.ProcessExit += (s, e) => Console.WriteLine("process exit");
        Console.WriteLine(Environment.GetCommandLineArgs().Length + " " + args.Length);
        Console.WriteLine(Environment.NewLine == "\n");
        Console.WriteLine(Environment.GetEnvironmentVariable("LUCID_SURELY_UNSET_VARIABLE") == null);
        Environment.SetEnvironmentVariable("LUCID_TEST_VARIABLE", "set");
        Console.WriteLine(Environment.GetEnvironmentVariable("LUCID_TEST_VARIABLE"));
        Console.WriteLine(Environment.ProcessorCount > 0);
        Console.WriteLine(Environment.Is64BitProcess + " " + IntPtr.Size);
        Console.WriteLine(Environment.OSVersion.Platform);
        string a = "interned", b = new string("interned".ToCharArray());
        Console.WriteLine(object.ReferenceEquals(a, b) + " " + object.ReferenceEquals(a, string.Intern(b)) + " " + (string.IsInterned(b) != null));
        string fresh = new string('q', 3);
        Console.WriteLine(object.ReferenceEquals(string.Intern(fresh), fresh));
        Array ints = new int[] { 1, 2, 3 };
        Console.WriteLine(ints.GetValue(1));
        ints.SetValue(9, 2);
        Console.WriteLine(string.Join(",", (int[])ints));



        Array strings = new string[2];
        strings.SetValue("s", 0);
        Console.WriteLine(strings.GetValue(0) + " " + (strings.GetValue(1) == null));
        try { strings.SetValue(5, 1); } catch (InvalidCastException) { Console.WriteLine("bad store"); }
        Array grid = new int[2, 2];
        grid.SetValue(7, 1, 1);
        Console.WriteLine(grid.GetValue(1, 1));
        object o1 = new object(), o2 = new object();
        Console.WriteLine(o1.GetHashCode() == o1.GetHashCode() && o1.GetHashCode() != 0);
        var seen = new HashSet<object> { o1, o2, o1 };
        Console.WriteLine(seen.Count);
        Console.WriteLine((GC.MaxGeneration >= 1) + " " + (GC.GetTotalMemory(false) > 0) + " " + (GC.CollectionCount(0) >= 0));
        GC.Collect();
        GC.KeepAlive(o1);
        Environment.ExitCode = 3;
        return 7;
    }
}
