SELECT CHILD AS child, 'Episodes' AS table_name, 'episode ceased ' || DEC || ', before it began ' || DECOM AS detail
FROM rule_episode WHERE ceased < began
