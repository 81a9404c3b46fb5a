package khabar.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Query-string parameters, bounded in size and count so a request cannot exhaust the server. */
final class Params {
  static final int MAX_QUERY_STRING = 4096;
  static final int MAX_VALUE = 512;
  static final int MAX_PARAMS = 32;

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  static Params parse(String rawQuery) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) return new Params(m);
    if (rawQuery.length() > MAX_QUERY_STRING) {
      throw new ApiException(414, "الطلب أطول من المسموح (" + MAX_QUERY_STRING + " حرف)");
    }
    String[] pairs = rawQuery.split("&");
    if (pairs.length > MAX_PARAMS) throw new ApiException(400, "too many parameters");
    for (String pair : pairs) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (v.length() > MAX_VALUE) throw new ApiException(400, "parameter '" + k + "' is too long");
      m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return new Params(m);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "malformed percent-encoding in the request");
    }
  }

  String get(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? null : v.get(0).strip();
  }

  String get(String name, String fallback) {
    String v = get(name);
    return v == null || v.isEmpty() ? fallback : v;
  }

  List<String> all(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) if (!v.isBlank()) out.add(v.strip());
    return out;
  }

  int integer(String name, int fallback, int min, int max) {
    String v = get(name);
    if (v == null || v.isEmpty()) return fallback;
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) throw new ApiException(400, name + " must be between " + min + " and " + max);
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(400, name + " must be a whole number");
    }
  }

  Double decimal(String name) {
    String v = get(name);
    if (v == null || v.isEmpty()) return null;
    try {
      return khabar.money.Amounts.parse(v);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, name + ": " + e.getMessage());
    }
  }
}
