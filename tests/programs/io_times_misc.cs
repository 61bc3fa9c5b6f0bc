using System;
using System.IO;
using System.Linq;
// File and directory times (local and UTC), directory attributes, roots,
// FileStream.Name and its SafeFileHandle, File.Encrypt's refusal.
class Program { static void Main() {
  string d = Path.Combine(Path.GetTempPath(), "lucid-io-times-" + Environment.TickCount);
  Directory.CreateDirectory(d);
  string f = Path.Combine(d, "f.txt");
  File.WriteAllText(f, "x");
  try { var t = File.GetLastWriteTime(f); Console.WriteLine(t.Year > 2000); } catch (Exception e) { Console.WriteLine("A " + e.Message); }
  try { var fi = new FileInfo(f); Console.WriteLine(fi.CreationTimeUtc.Year > 2000); Console.WriteLine(fi.LastAccessTimeUtc <= DateTime.UtcNow); } catch (Exception e) { Console.WriteLine("B " + e.Message); }
  try { File.SetCreationTimeUtc(f, new DateTime(2010,1,1)); Console.WriteLine("setcreation ok"); } catch (Exception e) { Console.WriteLine("C " + e.Message); }
  try { Directory.SetLastWriteTimeUtc(d, new DateTime(2011,1,1,0,0,0,DateTimeKind.Utc)); Console.WriteLine(Directory.GetLastWriteTimeUtc(d).Year); } catch (Exception e) { Console.WriteLine("D " + e.Message); }
  try { Console.WriteLine(string.Join(",", Directory.EnumerateDirectories(d).ToArray().Length)); } catch (Exception e) { Console.WriteLine("E " + e.Message); }
  try { Console.WriteLine((int)new DirectoryInfo(d).Attributes); } catch (Exception e) { Console.WriteLine("F " + e.Message); }
  try { File.Copy(f, Path.Combine(d, "g.txt")); File.Encrypt(f); } catch (Exception e) { Console.WriteLine("I " + e.Message); }
  try { var w = new StreamWriter(Path.Combine(d, "h.txt")); w.Write("unflushed"); w.Close(); Console.WriteLine(File.ReadAllText(Path.Combine(d, "h.txt"))); } catch (Exception e) { Console.WriteLine("J " + e.Message); }
  try { Console.WriteLine(Directory.GetDirectoryRoot(d)); Console.WriteLine(new DirectoryInfo("/").Parent == null); } catch (Exception e) { Console.WriteLine("K " + e.Message); }
  try { var fs = new FileStream(f, FileMode.Open); Console.WriteLine(fs.Name == f); Console.WriteLine(fs.SafeFileHandle.IsInvalid); fs.Dispose(); } catch (Exception e) { Console.WriteLine("L " + e.Message); }
  Directory.Delete(d, true);
}}
