// Assembly.Load by display name, as mono binds it: loaded assemblies by simple
// name, strong names through the GAC, partial names only beside the program.
using System; using System.Reflection;
class AssemblyLoad { static void Main() {
  var me = typeof(AssemblyLoad).Assembly;
  Console.WriteLine(me.FullName);
  foreach (var n in new[] { me.FullName, "corlib_assembly_load", "mscorlib", "System", "System.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", "nope" }) {
    try { var a = Assembly.Load(n); Console.WriteLine("loaded " + a.GetName().Name + " same " + (a == me)); } catch (Exception e) { Console.WriteLine(n + ": " + e.GetType().Name); }
  }
  Console.WriteLine(Type.GetType("AssemblyLoad, corlib_assembly_load") != null);
}}
