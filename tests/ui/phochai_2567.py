"""Real published ITA 2567 results of เทศบาลตำบลโพธิ์ชัย (จ.หนองคาย), indicator level, as printed in
../shared/examples/memo-and-measures-phochai-2568.txt. Published total: 99.16 (rank 137 among
เทศบาลตำบล)."""

INDICATORS = {
    "1": "100", "2": "100", "3": "100", "4": "100", "5": "100",
    "6": "97.34", "7": "98.12", "8": "96.16", "9": "100", "10": "100",
}
TOTAL = "99.16"
RANK = 137
