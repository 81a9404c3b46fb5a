package khabar.search;

import java.io.IOException;
import khabar.index.Fields;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/**
 * The stored fields a hit shows, read straight into fields: nothing else of the document is
 * decoded (its signature, hashes, author, and the mentions' JSON where the compact entity spans
 * are stored), and the read stops once every field the page can use has come, which, when copies
 * are hidden, is before the trailing fields of a copy that no hit has.
 */
final class HitFields extends StoredFieldVisitor {
  String id;
  String url;
  String title;
  String body;
  String source;
  /** Epoch milliseconds of publication, or null. */
  Long published;
  /** The entity spans as stored ({@code EntitySpans}), or null when the article has none stored. */
  byte[] spans;
  /** The mentions as stored (JSON), read only when there are no spans; else null. */
  String mentions;
  String duplicateOf;

  /** Fields still to come before the read may stop. */
  private int wanted;

  /** Whether copies may be among the hits: else no hit has a {@code duplicate_of} to read. */
  private final boolean duplicates;

  private HitFields(boolean duplicates) {
    this.duplicates = duplicates;
    this.wanted = duplicates ? 8 : 7;
  }

  /** The page's fields of document {@code doc}; {@code duplicates} when copies may be among the hits. */
  static HitFields read(StoredFields stored, int doc, boolean duplicates) throws IOException {
    HitFields f = new HitFields(duplicates);
    stored.document(doc, f);
    return f;
  }

  @Override
  public Status needsField(FieldInfo field) {
    if (wanted == 0) return Status.STOP;
    return switch (field.name) {
      case Fields.ID, Fields.URL, Fields.TITLE, Fields.BODY, Fields.SOURCE, Fields.PUBLISHED, Fields.ENTITY_SPANS -> Status.YES;
      case Fields.MENTIONS -> spans == null ? Status.YES : Status.NO; // the spans come first where stored
      case Fields.DUPLICATE_OF -> duplicates ? Status.YES : Status.NO;
      default -> Status.NO;
    };
  }

  @Override
  public void stringField(FieldInfo field, String value) {
    switch (field.name) {
      case Fields.ID -> id = value;
      case Fields.URL -> url = value;
      case Fields.TITLE -> title = value;
      case Fields.BODY -> body = value;
      case Fields.SOURCE -> source = value;
      case Fields.MENTIONS -> mentions = value;
      case Fields.DUPLICATE_OF -> duplicateOf = value;
      default -> {
        return;
      }
    }
    wanted--;
  }

  @Override
  public void binaryField(FieldInfo field, byte[] value) {
    if (Fields.ENTITY_SPANS.equals(field.name)) {
      spans = value;
      wanted--; // the spans or the mentions: one of the fields wanted
    }
  }

  @Override
  public void longField(FieldInfo field, long value) {
    if (Fields.PUBLISHED.equals(field.name)) {
      published = value;
      wanted--;
    }
  }
}
