using System;
using System.Linq;
using System.Reflection;
[assembly: AssemblyTitle("Lucid test")]
[assembly: AssemblyVersion("1.2.3.4")]
[assembly: AssemblyDescription("assembly attributes")]
namespace Probe { public class Visible { } class Hidden { } public class Outer { public class Inner { } } }
class AssemblyNames {
    static void Main() {
        var an = new AssemblyName("Foo.Bar, Version=1.2.3.4, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Console.WriteLine(an.Name + " " + an.Version + " " + (an.CultureName == "" ? "neutral" : an.CultureName) + " " + BitConverter.ToString(an.GetPublicKeyToken()) + " " + an.FullName);
        var simple = new AssemblyName("Simple");
        Console.WriteLine(simple.Name + " " + (simple.Version == null) + " " + simple.FullName);
        try { new AssemblyName("Bad, Version=x.y"); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        var me = typeof(AssemblyNames).Assembly;
        var name = me.GetName();
        Console.WriteLine(name.Name + " " + name.Version + " " + me.FullName);
        var title = (AssemblyTitleAttribute)Attribute.GetCustomAttribute(me, typeof(AssemblyTitleAttribute));
        Console.WriteLine(title.Title + " | " + ((AssemblyDescriptionAttribute)me.GetCustomAttributes(typeof(AssemblyDescriptionAttribute), false)[0]).Description);
        Console.WriteLine(string.Join(",", me.GetTypes().Select(t => t.FullName).OrderBy(s => s, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(",", me.GetExportedTypes().Select(t => t.FullName).OrderBy(s => s, StringComparer.Ordinal)));
        Console.WriteLine(me.EntryPoint.Name + " " + me.GetType("Probe.Outer+Inner") + " " + (me.GetType("probe.visible", false, true) != null) + " " + me.ManifestModule.Name.EndsWith(".exe"));
        Console.WriteLine(typeof(object).Assembly.GetName().Name + " " + typeof(object).Assembly.GetName().Version + " " + typeof(Enumerable).Assembly.GetName().Name);
        Console.WriteLine(me.GetManifestResourceNames().Length + " " + (Assembly.GetExecutingAssembly() == me) + " " + (Assembly.GetEntryAssembly() == me));
        var v = new Version("2.1.0.7"); Console.WriteLine(v.Major + " " + v.Revision + " " + v.ToString(2) + " " + (v > new Version(2, 0)) + " " + Version.Parse("1.0").Build);
    }
}
