// XML parsing for graph files in the browser: the built-in DOMParser, and graphology's browser parsers.
import { parse as parseGexf } from "graphology-gexf/browser";
import { parse as parseGraphml } from "graphology-graphml/browser";
import type { XmlParsers } from "../../graph/import/parse.ts";

export const browserXmlParsers: XmlParsers = {
  parseXml(text) {
    const document = new DOMParser().parseFromString(text, "application/xml");
    const error = document.getElementsByTagName("parsererror")[0];
    if (error) throw new Error((error.textContent ?? "parse error").replace(/\s+/g, " ").trim());
    return document;
  },
  gexf: (graphClass, document) => parseGexf(graphClass, document, { allowUndeclaredAttributes: true }),
  graphml: (graphClass, document) => parseGraphml(graphClass, document),
};
