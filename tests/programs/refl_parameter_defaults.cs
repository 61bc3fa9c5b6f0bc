using System;
using System.Reflection;
using System.Runtime.InteropServices;
class ParameterDefaults {
    public static void Take(int plain, [Optional] int optional, int withDefault = 5, string text = "hi", object nothing = null) { }
    static void Main() {
        foreach (var p in typeof(ParameterDefaults).GetMethod("Take").GetParameters())
            Console.WriteLine(p.Name + " " + p.Position + " " + (p.DefaultValue == null ? "null" : p.DefaultValue.GetType().Name + ":" + p.DefaultValue) + " " + p.IsOptional);
        object missing = null;
        try { Console.WriteLine(missing.GetType()); } catch (NullReferenceException) { Console.WriteLine("GetType on null throws"); }
        string s = null;
        try { Console.WriteLine(s.Length); } catch (NullReferenceException) { Console.WriteLine("Length on null throws"); }
    }
}
