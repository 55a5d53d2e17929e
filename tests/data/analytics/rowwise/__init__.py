"""The row-by-row figures the column-wise ones replaced: the oracle of `test_columns.py`.

These are `backfit.data.analytics` as it was before it aggregated numpy columns (each rollup
row a Python object, each figure a loop), checked equal then to the SQL figures before them.
They stay here, unchanged, only to hold the faster code to the same results.
"""
