#!/usr/bin/env python3
"""Writes N one-model team profiles as JSON lines (seeded, so runs are comparable).

usage: gen_profiles.py N OUT.jsonl [--bad EVERY]   (--bad: every EVERY-th line is broken)
"""
import json
import random
import sys

MODELS = ["claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5", "gpt-5.5", "gpt-4o",
          "o3", "o4-mini", "gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.5-flash-lite",
          "mistral-large-3", "llama-4-maverick", "deepseek-v3.2", "deepseek-r1"]
AGENTS = ["claude-code", "cursor", "codex", "copilot", "gemini-cli", "aider", "api"]


def profile(rng, i):
    tokens = {k: rng.randrange(0, 80_000, 500) for k in
              ["shellOutput", "fileReads", "searchResults", "logsAndRag", "contextFiles",
               "conversation"]}
    total = sum(tokens.values()) or 1000
    if sum(tokens.values()) == 0:
        tokens["conversation"] = 1000
    return {
        "name": f"team-{i:06d}",
        "team": {"developers": rng.randint(1, 60), "sessionsPerDeveloperDay": rng.randint(1, 12),
                 "workingDaysPerMonth": 22, "hourlyCostUsd": rng.choice([60, 80, 100, 140])},
        "session": {"inputTokens": tokens, "outputTokens": rng.randrange(1000, 30_000, 500),
                    "largestPromptTokens": rng.randint(0, total),
                    "repeatedInputShare": round(rng.random(), 2)},
        "models": [{"id": rng.choice(MODELS), "share": 1.0}],
        "agent": rng.choice(AGENTS),
        "batchableShare": rng.choice([0.0, 0.0, 0.3, 0.7]),
        "promptCaching": rng.random() < 0.5,
        "policy": {"localProxyAllowed": rng.random() < 0.7,
                   "defaultOnTelemetryAllowed": rng.random() < 0.7,
                   "contentToThirdPartyAllowed": rng.random() < 0.7,
                   "sourceAvailableLicensesAllowed": rng.random() < 0.7},
        "evidence": rng.choice(["measured", "claimed"]),
        "horizonMonths": 12,
    }


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    bad_every = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--bad" else 0
    rng = random.Random(20261203)
    with open(out, "w") as f:
        for i in range(count):
            line = json.dumps(profile(rng, i), separators=(",", ":"))
            if bad_every and i % bad_every == bad_every - 1:
                line = line.replace('"share":1.0', '"share":0.4')
            f.write(line + "\n")


if __name__ == "__main__":
    main()
