import sys
from pathlib import Path

# tests import their helpers (rule_harness) from this folder
sys.path.insert(0, str(Path(__file__).parent))
