package khabar.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet's GZIP codec on the JDK's {@code java.util.zip}. parquet-java's own codecs are Hadoop
 * {@code CompressionCodec}s and need hadoop-common at run time; this one needs nothing, so the
 * {@code khabar} command writes compressed Parquet without Hadoop on its class path. GZIP pages
 * are read by every Parquet reader (Spark, DuckDB, pyarrow).
 */
final class GzipCodecs implements CompressionCodecFactory {
  static final GzipCodecs INSTANCE = new GzipCodecs();

  private GzipCodecs() {}

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    check(codec);
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE, bytes.size() / 2 + 64));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
          bytes.writeAllTo(gz);
        }
        return BytesInput.from(out);
      }

      @Override
      public CompressionCodecName getCodecName() {
        return CompressionCodecName.GZIP;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    check(codec);
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
        try (InputStream in = new GZIPInputStream(bytes.toInputStream())) {
          return BytesInput.from(in.readNBytes(uncompressedSize));
        }
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
          throws IOException {
        byte[] in = new byte[compressedSize];
        input.get(in);
        output.put(decompress(BytesInput.from(in), uncompressedSize).toByteArray());
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}

  private static void check(CompressionCodecName codec) {
    if (codec != CompressionCodecName.GZIP) throw new IllegalArgumentException("only GZIP is built in, not " + codec);
  }
}
