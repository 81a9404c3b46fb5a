import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import khabar.pipeline.Pipeline;
import khabar.search.ResultJson;
import khabar.search.SearchRequest;
import khabar.search.SearchRequest.Sort;
import khabar.search.Searcher;
import khabar.tag.EntityType;

/**
 * The JSON of 306 varied requests (words, phrases, prefixes, boolean, fields, entities, dates,
 * dollar bounds, newest first, offsets, duplicates, no expansion, exact facets, no hits,
 * did-you-mean) on one index, to compare a change's results byte for byte with the code before
 * it. Not part of the build:
 *
 * <p>javac -cp "$(ls target/lib/*.jar | tr '\n' :)" -d /tmp/sd tools/SearchDump.java; java -cp
 * "$(ls target/lib/*.jar | tr '\n' :):/tmp/sd" SearchDump gazetteers INDEX > before.txt
 */
public class SearchDump {
  public static void main(String[] a) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    List<SearchRequest> rs = new ArrayList<>();
    String[] words = {"الرقائق", "الطلب", "الاستثمار", "التصدير", "الشركة", "السوق", "نفيديا", "إنفيديا", "هواوي", "Nvidia",
        "مراكز البيانات", "\"مراكز البيانات\"", "\"الذكاء الاصطناعي\"", "الذكاء الاصطناعي", "أشباه الموصلات", "الطلب الرقائق",
        "الاستثمار AND التصدير", "الرقائق OR المعالجات", "السوق NOT الصين", "تمويل*", "رقائ*", "استثمار*", "انفيد*",
        "title:نفيديا", "entity:nvidia", "entity:huawei الرقائق", "source:example", "type:CHIP", "الصين",
        "زززززز", "انفيديااا", "هوواي", "الرقاءق", "المعالجت", "", "سامسونج", "TSMC", "OpenAI", "ديب سيك", "\"أشباه الموصلات\" AND الصين",
        "Samsung", "المشتركبن", "انفيدبا", "هواوى", "مليار دولار", "٢٠٢٥", "2025", "+الرقائق -الصين", "الرقائ?", "title:الرقائق OR body:هواوي"};
    for (String w : words) {
      rs.add(SearchRequest.of(w));
      rs.add(new SearchRequest.Builder().query(w).sort(Sort.DATE).build());
      rs.add(new SearchRequest.Builder().query(w).offset(3).limit(4).build());
      rs.add(new SearchRequest.Builder().query(w).expand(false).build());
      rs.add(new SearchRequest.Builder().query(w).includeDuplicates(true).limit(20).build());
    }
    String[] ents = {"nvidia", "huawei", "openai", "tsmc", "إنفيديا", "amd", "samsung"};
    for (String e : ents) {
      rs.add(new SearchRequest.Builder().entity(e).build());
      rs.add(new SearchRequest.Builder().entity(e).sort(Sort.DATE).build());
      rs.add(new SearchRequest.Builder().query("الرقائق").entity(e).build());
      rs.add(new SearchRequest("", List.of(e), null, null, null, null, 1e9, null, null, 10, 0));
      rs.add(new SearchRequest("", List.of(e), null, null, null, null, null, 5e8, null, 10, 0));
    }
    Instant from = Instant.parse("2025-03-01T00:00:00Z"), to = Instant.parse("2025-06-30T23:59:59Z");
    for (String w : new String[] {"", "الرقائق", "هواوي", "\"الذكاء الاصطناعي\""}) {
      rs.add(new SearchRequest.Builder().query(w).from(from).build());
      rs.add(new SearchRequest.Builder().query(w).to(to).sort(Sort.DATE).build());
      rs.add(new SearchRequest.Builder().query(w).from(from).to(to).build());
      rs.add(new SearchRequest.Builder().query(w).usd(1e9, null).build());
      rs.add(new SearchRequest.Builder().query(w).usd(1e6, 1e10).sort(Sort.DATE).build());
      rs.add(new SearchRequest.Builder().query(w).type(EntityType.PERSON).build());
      rs.add(new SearchRequest.Builder().query(w).type(EntityType.MONEY).type(EntityType.COMPANY).build());
      rs.add(new SearchRequest.Builder().query(w).exactFacets(true).limit(30).build());
      rs.add(new SearchRequest.Builder().query(w).offset(1000).build());
    }
    Pipeline p = Pipeline.load(Path.of(a[0]));
    try (Searcher s = p.searcher(Path.of(a[1]))) {
      for (SearchRequest r : rs) {
        out.println("### " + r);
        try {
          out.println(m.writeValueAsString(ResultJson.of(s.search(r))));
        } catch (RuntimeException e) {
          out.println("ERROR " + e);
        }
      }
    }
  }
}
