using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
// corlib's managed hash and cipher code, reached through CryptoConfig
// (which reads mono's machine.config) and RNGCryptoServiceProvider's random source.
class CryptoTest {
    static string Hex(byte[] b) { return BitConverter.ToString(b).Replace("-", "").ToLowerInvariant(); }
    static void Main() {
        byte[] abc = Encoding.ASCII.GetBytes("abc");
        using (var md5 = MD5.Create()) Console.WriteLine("md5 " + Hex(md5.ComputeHash(abc)));
        using (var sha1 = SHA1.Create()) Console.WriteLine("sha1 " + Hex(sha1.ComputeHash(abc)));
        using (var sha256 = SHA256.Create()) Console.WriteLine("sha256 " + Hex(sha256.ComputeHash(abc)));
        using (var sha512 = SHA512.Create()) Console.WriteLine("sha512 " + Hex(sha512.ComputeHash(new byte[0])).Substring(0, 32));
        using (var hmac = new HMACSHA256(Encoding.ASCII.GetBytes("key"))) Console.WriteLine("hmac " + Hex(hmac.ComputeHash(Encoding.ASCII.GetBytes("The quick brown fox jumps over the lazy dog"))));
        var incremental = SHA256.Create();
        incremental.TransformBlock(abc, 0, 2, null, 0); incremental.TransformFinalBlock(abc, 2, 1);
        Console.WriteLine("incremental matches " + (Hex(incremental.Hash) == Hex(SHA256.Create().ComputeHash(abc))));
        using (var aes = Aes.Create()) {
            aes.Key = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();
            aes.IV = new byte[16];
            var enc = aes.CreateEncryptor().TransformFinalBlock(abc, 0, abc.Length);
            Console.WriteLine("aes " + Hex(enc) + " " + aes.Mode + " " + aes.Padding);
            var dec = aes.CreateDecryptor().TransformFinalBlock(enc, 0, enc.Length);
            Console.WriteLine("roundtrip " + Encoding.ASCII.GetString(dec));
        }
        using (var rng = RandomNumberGenerator.Create()) {
            var a = new byte[32]; var b = new byte[32];
            rng.GetBytes(a); rng.GetBytes(b);
            Console.WriteLine("random blocks differ " + !a.SequenceEqual(b) + " " + a.Any(x => x != 0));
            var nz = new byte[64]; rng.GetNonZeroBytes(nz);
            Console.WriteLine("non-zero " + nz.All(x => x != 0));
        }
        string name = System.IO.Path.GetRandomFileName();
        Console.WriteLine(name.Length + " " + name.IndexOf('.') + " " + name.All(c => char.IsLetterOrDigit(c) || c == '.'));
        var derived = new Rfc2898DeriveBytes("password", Encoding.ASCII.GetBytes("saltsalt"), 10);
        Console.WriteLine("pbkdf2 " + Hex(derived.GetBytes(16)));
    }
}
