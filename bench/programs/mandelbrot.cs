// mandelbrot: the Mandelbrot set over [-1.5,0.5] x [-1,1] as a portable
// bitmap (PBM P4: one bit per pixel, rows padded to whole bytes, set bit =
// inside). Argument: the width and height in pixels.
using System;
using System.IO;
using System.Text;

static class Mandelbrot
{
    const int MaxIterations = 50;

    static bool Inside(double cr, double ci)
    {
        double zr = 0, zi = 0;
        for (int k = 0; k < MaxIterations; k++) {
            double zr2 = zr * zr, zi2 = zi * zi;
            if (zr2 + zi2 > 4.0)
                return false;
            zi = 2 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
        }
        return true;
    }

    static void Main(string[] args)
    {
        int size = args.Length > 0 ? int.Parse(args[0]) : 200;
        int rowBytes = (size + 7) / 8;
        var image = new byte[rowBytes * size];
        for (int y = 0; y < size; y++) {
            double ci = 2.0 * y / size - 1.0;
            for (int x = 0; x < size; x++) {
                double cr = 2.0 * x / size - 1.5;
                if (Inside(cr, ci))
                    image[y * rowBytes + x / 8] |= (byte)(0x80 >> (x % 8));
            }
        }
        using (var stdout = Console.OpenStandardOutput()) {
            var header = Encoding.ASCII.GetBytes("P4\n" + size + " " + size + "\n");
            stdout.Write(header, 0, header.Length);
            stdout.Write(image, 0, image.Length);
        }
    }
}
