// AssemblyName parsing of display names, as mono parses them (a named culture is
// left out: Lucid has the invariant culture only).
using System; using System.Reflection;
class AssemblyNameParse { static void Main() {
  foreach (var s in new[] { "A", "A, Version=1.0", "A, Version=1.2.3", "A, Culture=neutral", "A, PublicKeyToken=null", "A, PublicKeyToken=0123456789abcdef", "A, PublicKeyToken=0123", "A, Foo=bar", "A, Version=1", "A, Version=x.y", " A , Version = 1.2.3.4 ", "A, Retargetable=Yes", "A, ProcessorArchitecture=MSIL", ", Version=1.0", "A,", "\"A\", Version=1.0.0.0" }) {
    try { var n = new AssemblyName(s); Console.WriteLine("[" + s + "] -> [" + n.Name + "] v=" + (n.Version == null ? "null" : n.Version.ToString()) + " c=" + (n.CultureName ?? "null") + " t=" + (n.GetPublicKeyToken() == null ? "null" : BitConverter.ToString(n.GetPublicKeyToken())) + " full=" + n.FullName + " flags=" + n.Flags); }
    catch (Exception e) { Console.WriteLine("[" + s + "] " + e.GetType().Name); }
  }
}}
