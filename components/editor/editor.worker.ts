// Monaco's editor worker (diffing, word ranges), bundled from the local package instead of a CDN.
import "monaco-editor/editor/editor.worker.js";
