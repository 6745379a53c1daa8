# Captures the HTTP requests pgai 0.12.1's worker embedders (Ollama, VoyageAI) send through the SDK versions
# pgai pins (ollama>=0.4.5,<0.6.0; voyageai>=0.3.1,<0.3.2), against a local capturing server; prints JSON.
# WorkerSdkRequestsTest replays worker-sdk-requests.json. Regenerate (the worker venv of PgaiWorker, SDKs in a
# separate folder so the venv stays untouched):
#   <worker-venv>/bin/python -m pip install --target /tmp/sdks "ollama>=0.4.5,<0.6.0" "voyageai>=0.3.1,<0.3.2"
#   <worker-venv>/bin/python capture-worker-sdk-requests.py /tmp/sdks > worker-sdk-requests.json
import asyncio, json, sys, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
sys.path.append(sys.argv[1])
captured = []
class H(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0))).decode()
        captured.append({"path": self.path, "authorization": self.headers.get('Authorization'),
                         "content_type": self.headers.get('Content-Type'), "body": json.loads(body)})
        n = len(json.loads(body).get("input", [])) if isinstance(json.loads(body).get("input"), list) else 1
        if self.path.startswith("/api/embed"):
            out = {"model": "m", "embeddings": [[0.1, 0.2, 0.3]] * n, "prompt_eval_count": 3}
        else:
            out = {"object": "list", "data": [{"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3]} for i in range(n)],
                   "model": "m", "usage": {"total_tokens": 3}}
        data = json.dumps(out).encode()
        self.send_response(200); self.send_header('Content-Type', 'application/json'); self.send_header('Content-Length', str(len(data)))
        self.end_headers(); self.wfile.write(data)
    def log_message(self, *a): pass
srv = HTTPServer(('127.0.0.1', 0), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{srv.server_port}"

import voyageai, ollama
import importlib.metadata as md
from pgai.vectorizer.embedders.ollama import Ollama
from pgai.vectorizer.embedders.voyageai import VoyageAI
voyageai.api_base = base + "/v1"

async def main():
    o = Ollama(implementation="ollama", model="nomic-embed-text", base_url=base, options={"num_ctx": 4096, "temperature": 0.5}, keep_alive="10m")
    await o.call_embed_api(["first document"])
    o2 = Ollama(implementation="ollama", model="all-minilm", base_url=base)
    await o2.call_embed_api(["first document"])
    v = VoyageAI(implementation="voyageai", model="voyage-3", input_type="document", api_key_name="VOYAGE_API_KEY")
    v.set_api_key({"VOYAGE_API_KEY": "pa-test-key"})
    await v.call_embed_api(["first document"])
    v2 = VoyageAI(implementation="voyageai", model="voyage-3", input_type=None, api_key_name="VOYAGE_API_KEY")
    v2.set_api_key({"VOYAGE_API_KEY": "pa-test-key"})
    await v2.call_embed_api(["first document"])
asyncio.run(main())
print(json.dumps({"pgai": md.version("pgai"), "ollama": md.version("ollama"), "voyageai": md.version("voyageai"),
                  "requests": captured}, indent=2))
srv.shutdown()
