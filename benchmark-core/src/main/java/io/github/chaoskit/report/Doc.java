package io.github.chaoskit.report;

import java.util.Base64;
import java.util.List;

/**
 * One document written twice, as Markdown and as a self-contained HTML page: headings,
 * paragraphs, lists, tables and PNG images. In Markdown an image is a relative link to its file
 * in {@code plots/}; in HTML it is embedded as a base64 data URI, so the page opens on its own,
 * without network access or the plots folder. Text is escaped for both formats.
 */
final class Doc {

    private final StringBuilder md = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    Doc(String title) {
        md.append("# ").append(mdText(title)).append("\n\n");
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(htmlText(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}\n")
                .append("th,td{border:1px solid #ccc;padding:0.25em 0.6em;text-align:left}\n")
                .append("th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("img{max-width:100%;height:auto;border:1px solid #eee;margin:0.25em 0}\n")
                .append("figure{display:inline-block;margin:0.5em}code{background:#f5f5f5}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(htmlText(title)).append("</h1>\n");
    }

    Doc heading(String text) {
        md.append("## ").append(mdText(text)).append("\n\n");
        html.append("<h2>").append(htmlText(text)).append("</h2>\n");
        return this;
    }

    Doc paragraph(String text) {
        md.append(mdText(text)).append("\n\n");
        html.append("<p>").append(htmlText(text)).append("</p>\n");
        return this;
    }

    Doc list(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        html.append("<ul>\n");
        for (String s : items) {
            md.append("- ").append(mdText(s)).append('\n');
            html.append("<li>").append(htmlText(s)).append("</li>\n");
        }
        md.append('\n');
        html.append("</ul>\n");
        return this;
    }

    /**
     * A table; cells that parse as numbers (or are "–") are right-aligned in HTML.
     *
     * @param header column titles
     * @param rows rows of cells, each as long as the header
     */
    Doc table(List<String> header, List<List<String>> rows) {
        md.append('|');
        StringBuilder rule = new StringBuilder("|");
        html.append("<table>\n<thead><tr>");
        for (String h : header) {
            md.append(' ').append(mdCell(h)).append(" |");
            rule.append("---|");
            html.append("<th>").append(htmlText(h)).append("</th>");
        }
        md.append('\n').append(rule).append('\n');
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            md.append('|');
            html.append("<tr>");
            for (String c : r) {
                md.append(' ').append(mdCell(c)).append(" |");
                html.append(numeric(c) ? "<td class=\"n\">" : "<td>").append(htmlText(c)).append("</td>");
            }
            md.append('\n');
            html.append("</tr>\n");
        }
        md.append('\n');
        html.append("</tbody>\n</table>\n");
        return this;
    }

    /**
     * An image.
     *
     * @param alt alternative text and caption
     * @param relativePath path of the PNG relative to the report (Markdown link)
     * @param png the PNG bytes (embedded in HTML)
     */
    Doc image(String alt, String relativePath, byte[] png) {
        md.append("![").append(mdText(alt).replace("]", "\\]")).append("](").append(relativePath).append(")\n\n");
        html.append("<figure><img alt=\"").append(htmlText(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(htmlText(alt))
                .append("</figcaption></figure>\n");
        return this;
    }

    String markdown() {
        return md.toString();
    }

    String html() {
        return html + "</body>\n</html>\n";
    }

    private static boolean numeric(String s) {
        if (s.equals("–")) {
            return true;
        }
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String htmlText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '&':
                    b.append("&amp;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    /** Escapes the characters that would start Markdown markup or raw HTML. */
    static String mdText(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace("\n", " ");
    }

    private static String mdCell(String s) {
        return mdText(s).replace("|", "\\|");
    }
}
