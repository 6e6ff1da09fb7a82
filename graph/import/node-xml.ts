// XML parsing for graph files in Node (the CLI and tests): xmldom, failing on any well-formedness error.
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { XmlParsers } from "./parse.ts";

export const nodeXmlParsers: XmlParsers = {
  parseXml(text) {
    const parser = new DOMParser({
      errorHandler: {
        // xmldom reports some malformations (a mismatched end tag) only as warnings.
        warning: (message: string) => {
          throw new Error(message);
        },
        error: (message: string) => {
          throw new Error(message);
        },
        fatalError: (message: string) => {
          throw new Error(message);
        },
      },
    });
    return parser.parseFromString(text, "application/xml") as unknown as Document;
  },
  gexf: (graphClass, document) => parseGexf(graphClass, document, { allowUndeclaredAttributes: true }),
  graphml: (graphClass, document) => parseGraphml(graphClass, document),
};
