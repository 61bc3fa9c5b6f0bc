using System;
using System.Collections;
using System.Linq;
class EnvTest {
    static void Main() {
        Environment.SetEnvironmentVariable("LUCID_TEST_VAR", "value 1");
        Console.WriteLine(Environment.GetEnvironmentVariable("LUCID_TEST_VAR"));
        Console.WriteLine(Environment.GetEnvironmentVariables().Contains("LUCID_TEST_VAR") + " " + Environment.GetEnvironmentVariables()["LUCID_TEST_VAR"]);
        Environment.SetEnvironmentVariable("LUCID_TEST_VAR", null);
        Console.WriteLine(Environment.GetEnvironmentVariable("LUCID_TEST_VAR") == null);
        Console.WriteLine(Environment.GetEnvironmentVariable("LUCID_SURELY_UNSET_VARIABLE_XYZ") == null);
        Environment.SetEnvironmentVariable("LUCID_EXPAND", "ex");
        Console.WriteLine(Environment.ExpandEnvironmentVariables("[%LUCID_EXPAND%] [%LUCID_NOPE_NOPE%]"));
        Console.WriteLine(Environment.NewLine == "\n");
        Console.WriteLine(Environment.ProcessorCount > 0);
        Console.WriteLine(Environment.Is64BitProcess + " " + Environment.Is64BitOperatingSystem + " " + (IntPtr.Size == 8));
        Console.WriteLine(Environment.OSVersion.Platform);
        Console.WriteLine(Environment.GetCommandLineArgs().Length + " " + Environment.GetCommandLineArgs()[0].EndsWith(".exe"));
        Console.WriteLine(Environment.CurrentDirectory == System.IO.Directory.GetCurrentDirectory());
        Console.WriteLine(Environment.TickCount != int.MinValue);
        Console.WriteLine(Environment.HasShutdownStarted + " " + (Environment.MachineName.Length > 0) + " " + (Environment.UserName != null));
        Console.WriteLine(Environment.StackTrace.Contains("EnvTest.Main"));
        Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.Personal).Length >= 0);
        Console.WriteLine(Environment.ExitCode);
        Environment.ExitCode = 4;
        Console.WriteLine(Environment.ExitCode);
        Console.WriteLine(Environment.Version.Major >= 4);
        Console.WriteLine(Environment.SystemPageSize > 0);
    }
}
