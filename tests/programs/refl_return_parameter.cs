// MethodInfo.ReturnParameter and ReturnTypeCustomAttributes: the return
// value's type, position and custom attributes ([return: ...]).
using System;
using System.Linq;
using System.Reflection;

[AttributeUsage(AttributeTargets.ReturnValue)]
class NoteAttribute : Attribute {
    public string Text;
    public NoteAttribute(string text) { Text = text; }
}

static class Program {
    [return: Note("answer")]
    static int Answer() { return 42; }

    static void Nothing() { }

    static void Main() {
        MethodInfo answer = typeof(Program).GetMethod("Answer", BindingFlags.NonPublic | BindingFlags.Static);
        ParameterInfo ret = answer.ReturnParameter;
        Console.WriteLine(ret.ParameterType + " " + ret.Position + " " + (ret.Name == null));
        object[] notes = ret.GetCustomAttributes(typeof(NoteAttribute), false);
        Console.WriteLine(notes.Length + " " + ((NoteAttribute)notes[0]).Text);
        Console.WriteLine(answer.ReturnTypeCustomAttributes.GetCustomAttributes(false).Length);
        MethodInfo nothing = typeof(Program).GetMethod("Nothing", BindingFlags.NonPublic | BindingFlags.Static);
        Console.WriteLine(nothing.ReturnParameter.ParameterType + " " + nothing.ReturnParameter.GetCustomAttributes(false).Length);
        Console.WriteLine(typeof(object).GetMethod("ToString").ReturnParameter.ParameterType);
    }
}
