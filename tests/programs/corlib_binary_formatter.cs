using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;
[Serializable] class Person { public string Name; public int Age; public List<string> Tags = new List<string>(); public Person Friend; [NonSerialized] public string Cache = "cached"; public DateTime Born; public decimal Balance; }
[Serializable] struct Point { public int X, Y; }
[Serializable] class Custom : ISerializable {
    public string Value;
    public Custom(string v) { Value = v; }
    protected Custom(SerializationInfo info, StreamingContext ctx) { Value = info.GetString("v") + " (restored)"; }
    public void GetObjectData(SerializationInfo info, StreamingContext ctx) { info.AddValue("v", Value); }
}
[Serializable] enum Mood { Happy, Sad }
class BinaryFormatterTest {
    static T RoundTrip<T>(T value) {
        var f = new BinaryFormatter(); var ms = new MemoryStream();
        f.Serialize(ms, value); ms.Position = 0;
        return (T)f.Deserialize(ms);
    }
    static void Main() {
        var p = new Person { Name = "Ann", Age = 30, Born = new DateTime(1990, 5, 6), Balance = 12.34m };
        p.Tags.Add("a"); p.Tags.Add("b");
        p.Friend = new Person { Name = "Bob", Age = 31, Friend = p };
        var q = RoundTrip(p);
        Console.WriteLine(q.Name + " " + q.Age + " " + string.Join(",", q.Tags) + " " + q.Friend.Name + " " + (q.Friend.Friend == q) + " " + (q.Cache == null) + " " + q.Born.ToString("yyyy-MM-dd") + " " + q.Balance);
        var pt = RoundTrip(new Point { X = 3, Y = -4 }); Console.WriteLine(pt.X + " " + pt.Y);
        Console.WriteLine(RoundTrip(new Custom("custom")).Value);
        Console.WriteLine(RoundTrip(42) + " " + RoundTrip("str") + " " + RoundTrip(Mood.Sad) + " " + RoundTrip(new[] { 1, 2, 3 }).Length + " " + RoundTrip(new Dictionary<string, int> { { "k", 7 } })["k"]);
        var objs = RoundTrip(new object[] { 1, "two", 3.0, null, new Point { X = 1 } });
        Console.WriteLine(objs.Length + " " + objs[1] + " " + (objs[3] == null) + " " + ((Point)objs[4]).X);
        try { RoundTrip(new object[] { new NotSerializable() }); } catch (SerializationException e) { Console.WriteLine("SerializationException " + (e.Message.Length > 0)); }
        var ms2 = new MemoryStream(); new BinaryFormatter().Serialize(ms2, "x"); Console.WriteLine(ms2.Length > 0);
    }
}
class NotSerializable { }
