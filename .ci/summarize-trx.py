"""Reads the TRX files the test suites wrote and prints each suite's counts and duration, then the
line CI reads: 'N passed, N failed, N skipped'. Exits 1 when a test failed or was skipped, or when
no suite ran."""
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def when(text):
    # TRX times carry 7 fractional digits and an offset: keep what fromisoformat reads.
    offset = text[-6:] if text[-6] in "+-" else "+00:00"
    head, _, fraction = text.removesuffix(offset).partition(".")
    return datetime.fromisoformat(f"{head}.{fraction[:6] or '0'}{offset}")


def main(folder):
    files = sorted(Path(folder).glob("*.trx"))
    totals = {"passed": 0, "failed": 0, "skipped": 0}
    for trx in files:
        root = ET.parse(trx).getroot()
        times = root.find("t:Times", NS).attrib
        # Counted from the results: the summary counters leave skipped tests out.
        outcomes = [r.get("outcome") for r in root.iterfind("t:Results/t:UnitTestResult", NS)]
        passed, skipped = outcomes.count("Passed"), outcomes.count("NotExecuted")
        failed = len(outcomes) - passed - skipped
        seconds = (when(times["finish"]) - when(times["start"])).total_seconds()
        print(f"{trx.stem}: {passed} passed, {failed} failed, {skipped} skipped in {seconds:.1f} s")
        for result in root.iterfind("t:Results/t:UnitTestResult", NS):
            if result.get("outcome") != "Passed":
                message = result.find("t:Output/t:ErrorInfo/t:Message", NS)
                reason = message.text.strip().splitlines()[0] if message is not None and message.text else ""
                print(f"    {result.get('outcome')}: {result.get('testName')} {reason}")
        totals["passed"] += passed
        totals["failed"] += failed
        totals["skipped"] += skipped
    print(f"{totals['passed']} passed, {totals['failed']} failed, {totals['skipped']} skipped")
    if not files:
        print("no test results found")
        return 1
    return 1 if totals["failed"] or totals["skipped"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "TestResults"))
