using System;
using System.Linq;
using System.Reflection;
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = true)]
class TagAttribute : Attribute {
    public string Name; public int Priority { get; set; }
    public Type Kind; public int[] Numbers;
    public TagAttribute(string name) { Name = name; }
    public TagAttribute(string name, Type kind, params int[] numbers) { Name = name; Kind = kind; Numbers = numbers; }
    public override string ToString() { return "Tag(" + Name + "," + Priority + "," + (Kind == null ? "-" : Kind.Name) + "," + (Numbers == null ? "-" : string.Join("/", Numbers)) + ")"; }
}
[AttributeUsage(AttributeTargets.Class, Inherited = false)] class SealedInfoAttribute : Attribute { }
enum Level { Low, High }
class LevelAttribute : Attribute { public Level L; public LevelAttribute(Level l) { L = l; } }
[Tag("base", Priority = 1)] [SealedInfo] [Serializable]
class Base {
    [Tag("field")] public int F;
    [Tag("method", typeof(string), 1, 2, 3)] [Level(Level.High)] public virtual void M([Tag("param")] int x) { }
    [Obsolete("use other")] public void Old() { }
    [Tag("prop")] public string P { get; set; }
}
[Tag("derived", Priority = 2)] [Tag("second")]
class Derived : Base { public override void M(int x) { } }
class Attrs {
    static string List(object[] attrs) { return string.Join(" ", attrs.Select(a => a is TagAttribute ? a.ToString() : a.GetType().Name).OrderBy(s => s, StringComparer.Ordinal)); }
    static void Main() {
        Console.WriteLine(List(typeof(Base).GetCustomAttributes(false)));
        Console.WriteLine(List(typeof(Derived).GetCustomAttributes(false)));
        Console.WriteLine(List(typeof(Derived).GetCustomAttributes(true)));
        Console.WriteLine(List(typeof(Derived).GetCustomAttributes(typeof(TagAttribute), true)));
        Console.WriteLine(typeof(Base).IsDefined(typeof(SealedInfoAttribute), false) + " " + typeof(Derived).IsDefined(typeof(SealedInfoAttribute), true) + " " + typeof(Base).IsSerializable + " " + typeof(Derived).IsSerializable);
        var m = typeof(Base).GetMethod("M");
        Console.WriteLine(List(m.GetCustomAttributes(true)) + " | " + ((LevelAttribute)m.GetCustomAttributes(typeof(LevelAttribute), false)[0]).L);
        Console.WriteLine(List(typeof(Derived).GetMethod("M").GetCustomAttributes(true)) + " | " + List(typeof(Derived).GetMethod("M").GetCustomAttributes(false)));
        Console.WriteLine(List(m.GetParameters()[0].GetCustomAttributes(false)) + " " + List(typeof(Base).GetField("F").GetCustomAttributes(false)) + " " + List(typeof(Base).GetProperty("P").GetCustomAttributes(false)));
        var obs = (ObsoleteAttribute)Attribute.GetCustomAttribute(typeof(Base).GetMethod("Old"), typeof(ObsoleteAttribute));
        Console.WriteLine(obs.Message + " " + obs.IsError + " " + Attribute.IsDefined(typeof(Base).GetMethod("Old"), typeof(ObsoleteAttribute)));
        // GetCustomAttributesData is left out: Lucid lacks MonoCustomAttrs.GetCustomAttributesDataInternal.
        var usage = (AttributeUsageAttribute)Attribute.GetCustomAttribute(typeof(TagAttribute), typeof(AttributeUsageAttribute));
        Console.WriteLine(usage.AllowMultiple + " " + usage.Inherited + " " + usage.ValidOn);
        Console.WriteLine(Attribute.GetCustomAttributes(typeof(Derived), typeof(TagAttribute)).Length + " " + (Attribute.GetCustomAttribute(typeof(Attrs), typeof(TagAttribute)) == null));
        Console.WriteLine(new TagAttribute("x").Equals(new TagAttribute("x")) + " " + new TagAttribute("x").Match(new TagAttribute("x")));
    }
}
