using System;
using System.IO;

// Environment.GetFolderPath: corlib builds the folders from $HOME, the XDG
// variables and the user-dirs file; only machine-independent facts are printed.
class Program { static void Main() {
  string home = Environment.GetEnvironmentVariable("HOME");
  Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.Personal) == home);
  Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) == home);
  Console.WriteLine(Path.IsPathRooted(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)));
  Console.WriteLine(Path.IsPathRooted(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)));
  Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData));
  Console.WriteLine(Path.IsPathRooted(Environment.GetFolderPath(Environment.SpecialFolder.Desktop)));
  Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.System));
  Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.Templates).Length >= 0);
}}
