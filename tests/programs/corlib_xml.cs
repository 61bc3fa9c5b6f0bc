// mcs-options: -r:System.Xml.dll -r:System.Xml.Linq.dll
using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
class XmlTest {
    static void Main() {
        var doc = new XmlDocument();
        doc.LoadXml("<root a='1'><item id='x'>first</item><item id='y'>second<sub/></item><!-- note --></root>");
        Console.WriteLine(doc.DocumentElement.Name + " " + doc.DocumentElement.GetAttribute("a") + " " + doc.DocumentElement.ChildNodes.Count);
        foreach (XmlNode n in doc.SelectNodes("//item")) Console.WriteLine(n.Attributes["id"].Value + "=" + n.InnerText);
        Console.WriteLine(doc.SelectSingleNode("/root/item[@id='y']/sub") != null);
        var added = doc.CreateElement("added"); added.SetAttribute("k", "v&<"); added.InnerText = "text"; doc.DocumentElement.AppendChild(added);
        Console.WriteLine(doc.OuterXml);
        var sw = new StringWriter();
        using (var w = XmlWriter.Create(sw, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true })) {
            w.WriteStartElement("list"); w.WriteAttributeString("count", "2");
            w.WriteElementString("e", "1"); w.WriteElementString("e", "2 & 3"); w.WriteEndElement();
        }
        Console.WriteLine(sw.ToString().Replace("\r", ""));
        using (var r = XmlReader.Create(new StringReader("<a><b x='1'/><c>t</c></a>"))) {
            while (r.Read()) if (r.NodeType == XmlNodeType.Element) Console.Write(r.Name + (r.HasAttributes ? "(" + r.GetAttribute("x") + ")" : "") + " ");
        }
        Console.WriteLine();
        var x = XElement.Parse("<books><book year='2001'>A</book><book year='1999'>B</book></books>");
        Console.WriteLine(string.Join(",", x.Elements("book").OrderBy(b => (int)b.Attribute("year")).Select(b => b.Value)));
        var built = new XElement("r", new XAttribute("v", 1), new XElement("child", "c"), new XComment("hi"));
        Console.WriteLine(built.ToString(SaveOptions.DisableFormatting));
        try { doc.LoadXml("<unclosed>"); } catch (XmlException e) { Console.WriteLine("XmlException line " + e.LineNumber); }
    }
}
