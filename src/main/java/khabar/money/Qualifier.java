package khabar.money;

/** How a money figure relates to the true value, as the article words it. */
public enum Qualifier {
  /** The figure as stated: 5.6 ملايين دولار, أنفقت 5.6 ملايين دولار فقط. */
  EXACT,
  /** نحو، حوالي، قرابة، ما يقرب من، تقريبا. */
  APPROX,
  /** أكثر من، ما يزيد على. */
  MORE_THAN,
  /** أقل من. */
  LESS_THAN,
  /** لا تتجاوز، لم تتجاوز. */
  AT_MOST,
  /** على الأقل. */
  AT_LEAST,
  /** يصل إلى، تصل إلى. */
  UP_TO,
  /** بين 5 و6 ملايين، من 2 إلى 3 مليارات: min and max. */
  RANGE,
  /** مئات الملايين، مليارات الدولارات: an order of magnitude, min and max. */
  VAGUE
}
