(module
 (type $0 (func))
 (type $1 (func (param v128) (result v128)))
 (type $2 (func (param v128 v128) (result v128)))
 (type $3 (func (param i32) (result i32)))
 (memory $0 34 34)
 (data $0 (i32.const 246848) "\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\t\00\00\00")
 (export "memory" (memory $0))
 (export "entry:lenet5" (func $lenet5))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
    )
    (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
   )
  )
  (local.set $2
   (f32x4.nearest
    (f32x4.mul
     (local.get $1)
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (local.set $3
   (f32x4.sub
    (f32x4.sub
     (local.get $1)
     (f32x4.mul
      (local.get $2)
      (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
     )
    )
    (f32x4.mul
     (local.get $2)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
             (local.get $3)
            )
            (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
           )
           (local.get $3)
          )
          (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
         )
         (local.get $3)
        )
        (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
       )
       (local.get $3)
      )
      (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.add
     (f32x4.mul
      (local.get $4)
      (f32x4.mul
       (local.get $3)
       (local.get $3)
      )
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $5
   (i32x4.trunc_sat_f32x4_s
    (local.get $2)
   )
  )
  (local.set $6
   (i32x4.shr_s
    (local.get $5)
    (i32.const 1)
   )
  )
  (f32x4.mul
   (f32x4.mul
    (local.get $4)
    (i32x4.shl
     (i32x4.add
      (local.get $6)
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $5)
      (local.get $6)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local.set $1
   (f32x4.lt
    (local.get $0)
    (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
   )
  )
  (local.set $2
   (v128.bitselect
    (f32x4.mul
     (local.get $0)
     (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
    )
    (local.get $0)
    (local.get $1)
   )
  )
  (local.set $3
   (i32x4.sub
    (i32x4.sub
     (i32x4.shr_u
      (local.get $2)
      (i32.const 23)
     )
     (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
    )
    (v128.and
     (local.get $1)
     (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
    )
   )
  )
  (local.set $4
   (v128.or
    (v128.and
     (local.get $2)
     (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $5
   (f32x4.lt
    (local.get $4)
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (i32x4.add
    (local.get $3)
    (local.get $5)
   )
  )
  (local.set $4
   (f32x4.sub
    (f32x4.add
     (local.get $4)
     (v128.and
      (local.get $4)
      (local.get $5)
     )
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $8
   (f32x4.convert_i32x4_s
    (local.get $3)
   )
  )
  (local.set $6
   (f32x4.mul
    (local.get $4)
    (local.get $4)
   )
  )
  (local.set $7
   (f32x4.mul
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                     (local.get $4)
                    )
                    (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                   )
                   (local.get $4)
                  )
                  (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                 )
                 (local.get $4)
                )
                (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
               )
               (local.get $4)
              )
              (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
             )
             (local.get $4)
            )
            (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
           )
           (local.get $4)
          )
          (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
         )
         (local.get $4)
        )
        (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
       )
       (local.get $4)
      )
      (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
     )
     (local.get $4)
    )
    (local.get $6)
   )
  )
  (local.set $7
   (f32x4.add
    (local.get $7)
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $7
   (f32x4.sub
    (local.get $7)
    (f32x4.mul
     (local.get $6)
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
   )
  )
  (local.set $9
   (f32x4.add
    (f32x4.add
     (local.get $4)
     (local.get $7)
    )
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
    (local.get $9)
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $9)
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (v128.bitselect
   (local.get $0)
   (local.get $9)
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $gf_tanh_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $1
   (f32x4.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $0)
    (local.get $0)
   )
  )
  (local.set $3
   (f32x4.add
    (f32x4.mul
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea)
              (local.get $2)
             )
             (v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d)
          )
          (local.get $2)
         )
         (v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99)
      )
      (local.get $2)
     )
     (local.get $0)
    )
    (local.get $0)
   )
  )
  (local.set $4
   (f32x4.sub
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    (f32x4.div
     (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
     (f32x4.add
      (call $gf_exp_f32x4
       (f32x4.add
        (local.get $1)
        (local.get $1)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
   )
  )
  (v128.or
   (v128.bitselect
    (local.get $3)
    (local.get $4)
    (f32x4.lt
     (local.get $1)
     (v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000)
    )
   )
   (v128.and
    (local.get $0)
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
   )
  )
 )
 (func $gf_erf_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000)
    )
    (v128.const i32x4 0xc0800000 0xc0800000 0xc0800000 0xc0800000)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $1)
    (local.get $1)
   )
  )
  (f32x4.div
   (f32x4.mul
    (local.get $1)
    (f32x4.add
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (v128.const i32x4 0xaf95df0b 0xaf95df0b 0xaf95df0b 0xaf95df0b)
                (local.get $2)
               )
               (v128.const i32x4 0x32edffee 0x32edffee 0x32edffee 0x32edffee)
              )
              (local.get $2)
             )
             (v128.const i32x4 0xb60cff51 0xb60cff51 0xb60cff51 0xb60cff51)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2)
          )
          (local.get $2)
         )
         (v128.const i32x4 0xba40ac63 0xba40ac63 0xba40ac63 0xba40ac63)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6)
      )
      (local.get $2)
     )
     (v128.const i32x4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4)
    )
   )
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (v128.const i32x4 0xb77460cd 0xb77460cd 0xb77460cd 0xb77460cd)
           (local.get $2)
          )
          (v128.const i32x4 0xb95fbd29 0xb95fbd29 0xb95fbd29 0xb95fbd29)
         )
         (local.get $2)
        )
        (v128.const i32x4 0xbadc924e 0xbadc924e 0xbadc924e 0xbadc924e)
       )
       (local.get $2)
      )
      (v128.const i32x4 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8)
     )
     (local.get $2)
    )
    (v128.const i32x4 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7)
   )
  )
 )
 (func $gf_pow_f32x4 (param $0 v128) (param $1 v128) (result v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $2
   (call $gf_exp_f32x4
    (f32x4.mul
     (local.get $1)
     (call $gf_log_f32x4
      (f32x4.abs
       (local.get $0)
      )
     )
    )
   )
  )
  (local.set $3
   (f32x4.eq
    (f32x4.trunc
     (local.get $1)
    )
    (local.get $1)
   )
  )
  (local.set $4
   (v128.and
    (v128.and
     (local.get $3)
     (f32x4.lt
      (f32x4.abs
       (local.get $1)
      )
      (v128.const i32x4 0x4b800000 0x4b800000 0x4b800000 0x4b800000)
     )
    )
    (i32x4.ne
     (v128.and
      (i32x4.trunc_sat_f32x4_s
       (local.get $1)
      )
      (v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $2
   (v128.or
    (local.get $2)
    (v128.and
     (v128.and
      (local.get $0)
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
     )
     (local.get $4)
    )
   )
  )
  (local.set $2
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $2)
    (v128.andnot
     (v128.and
      (f32x4.lt
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (f32x4.ne
       (local.get $0)
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
     )
     (local.get $3)
    )
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   (local.get $2)
   (f32x4.eq
    (local.get $1)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
 )
 (func $gf_mix32 (param $0 i32) (result i32)
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const 2146121005)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const -2073254261)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $gf_mix32_i32x4 (param $0 v128) (result v128)
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x7feb352d 0x7feb352d 0x7feb352d 0x7feb352d)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x846ca68b 0x846ca68b 0x846ca68b 0x846ca68b)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $k0_conv1_conv2d_add_compare_where
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 i32)
  (local $82 i32)
  (local $83 i32)
  (local $84 i32)
  (local $85 v128)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 v128)
  (local $91 i32)
  (local $92 i32)
  (local $93 i32)
  (local $94 i32)
  (local $95 i32)
  (local $96 v128)
  (local $97 v128)
  (local $98 v128)
  (local $99 v128)
  (local $100 v128)
  (local $101 v128)
  (local $102 i32)
  (local $103 i32)
  (local $104 i32)
  (local $105 i32)
  (local $106 v128)
  (local $107 v128)
  (local $108 v128)
  (local $109 v128)
  (local $110 i32)
  (local $111 i32)
  (local $112 f32)
  (local $113 i32)
  (local $114 i32)
  (local $115 i32)
  (local $116 i32)
  (local $117 i32)
  (local $118 f32)
  (local $119 i32)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 i32)
  (local $125 i32)
  (local $126 i32)
  (local $127 i32)
  (local $128 i32)
  (local $129 i32)
  (local $130 i32)
  (local $131 i32)
  (local $132 i32)
  (local $133 i32)
  (local $134 i32)
  (local $135 f32)
  (local $136 i32)
  (local $137 f32)
  (local $138 f32)
  (local $139 f32)
  (local $140 f32)
  (local.set $111
   (i32.const 0)
  )
  (block
   (local.set $110
    (i32.const 0)
   )
   (loop $for7
    (local.set $112
     (f32.load
      (i32.shl
       (local.get $110)
       (i32.const 2)
      )
     )
    )
    (local.set $111
     (i32.or
      (local.get $111)
      (f32.ne
       (f32.sub
        (local.get $112)
        (local.get $112)
       )
       (f32.const 0)
      )
     )
    )
    (local.set $110
     (i32.add
      (local.get $110)
      (i32.const 1)
     )
    )
    (br_if $for7
     (i32.lt_s
      (local.get $110)
      (i32.const 150)
     )
    )
   )
  )
  (if
   (local.get $111)
   (then
    (memory.fill
     (i32.const 447856)
     (i32.const 0)
     (i32.const 1204224)
    )
    (block
     (local.set $129
      (i32.const 0)
     )
     (block
      (local.set $119
       (i32.const 0)
      )
      (loop $for15
       (block
        (local.set $120
         (i32.const 0)
        )
        (loop $for14
         (block
          (local.set $121
           (i32.const 0)
          )
          (loop $for13
           (local.set $126
            (i32.sub
             (i32.mul
              (local.get $121)
              (i32.const 1)
             )
             (i32.const 2)
            )
           )
           (block
            (local.set $122
             (i32.const 0)
            )
            (loop $for12
             (local.set $124
              (i32.add
               (i32.mul
                (local.get $120)
                (i32.const 1)
               )
               (i32.sub
                (i32.mul
                 (local.get $122)
                 (i32.const 1)
                )
                (i32.const 2)
               )
              )
             )
             (if
              (i32.lt_u
               (local.get $124)
               (i32.const 28)
              )
              (then
               (if
                (i32.le_u
                 (local.get $126)
                 (i32.const 23)
                )
                (then
                 (local.set $127
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $119)
                       (i32.const 28)
                      )
                      (local.get $124)
                     )
                     (i32.const 28)
                    )
                    (local.get $126)
                   )
                   (i32.const 4)
                  )
                 )
                 (local.set $128
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $129)
                       (i32.const 5)
                      )
                      (local.get $122)
                     )
                     (i32.const 5)
                    )
                    (i32.const 0)
                   )
                   (i32.const 4)
                  )
                 )
                 (block
                  (local.set $113
                   (i32.const 0)
                  )
                  (loop $for11
                   (local.set $118
                    (f32.load offset=246896
                     (i32.add
                      (local.get $127)
                      (i32.shl
                       (local.get $113)
                       (i32.const 2)
                      )
                     )
                    )
                   )
                   (local.set $115
                    (i32.div_u
                     (i32.shr_u
                      (local.get $128)
                      (i32.const 2)
                     )
                     (i32.const 25)
                    )
                   )
                   (local.set $116
                    (i32.add
                     (i32.rem_u
                      (i32.shr_u
                       (local.get $128)
                       (i32.const 2)
                      )
                      (i32.const 25)
                     )
                     (local.get $113)
                    )
                   )
                   (block
                    (local.set $114
                     (i32.const 0)
                    )
                    (loop $for10
                     (local.set $117
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $115)
                         (i32.const 6)
                        )
                        (local.get $114)
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.store offset=447856
                      (local.get $117)
                      (f32.add
                       (f32.load offset=447856
                        (local.get $117)
                       )
                       (f32.mul
                        (local.get $118)
                        (f32.load
                         (i32.shl
                          (i32.add
                           (i32.mul
                            (local.get $116)
                            (i32.const 6)
                           )
                           (local.get $114)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                     )
                     (local.set $114
                      (i32.add
                       (local.get $114)
                       (i32.const 1)
                      )
                     )
                     (br_if $for10
                      (i32.lt_s
                       (local.get $114)
                       (i32.const 6)
                      )
                     )
                    )
                   )
                   (local.set $113
                    (i32.add
                     (local.get $113)
                     (i32.const 1)
                    )
                   )
                   (br_if $for11
                    (i32.lt_s
                     (local.get $113)
                     (i32.const 5)
                    )
                   )
                  )
                 )
                )
                (else
                 (local.set $123
                  (i32.const 0)
                 )
                 (loop $for9
                  (local.set $125
                   (i32.add
                    (local.get $126)
                    (i32.mul
                     (local.get $123)
                     (i32.const 1)
                    )
                   )
                  )
                  (local.set $128
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $129)
                        (i32.const 5)
                       )
                       (local.get $122)
                      )
                      (i32.const 5)
                     )
                     (local.get $123)
                    )
                    (i32.const 4)
                   )
                  )
                  (if
                   (i32.lt_u
                    (local.get $125)
                    (i32.const 28)
                   )
                   (then
                    (local.set $127
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $119)
                          (i32.const 28)
                         )
                         (local.get $124)
                        )
                        (i32.const 28)
                       )
                       (local.get $125)
                      )
                      (i32.const 4)
                     )
                    )
                    (block
                     (local.set $113
                      (i32.const 0)
                     )
                     (local.set $118
                      (f32.load offset=246896
                       (i32.add
                        (local.get $127)
                        (i32.shl
                         (local.get $113)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (local.set $115
                      (i32.div_u
                       (i32.shr_u
                        (local.get $128)
                        (i32.const 2)
                       )
                       (i32.const 25)
                      )
                     )
                     (local.set $116
                      (i32.add
                       (i32.rem_u
                        (i32.shr_u
                         (local.get $128)
                         (i32.const 2)
                        )
                        (i32.const 25)
                       )
                       (local.get $113)
                      )
                     )
                     (block
                      (local.set $114
                       (i32.const 0)
                      )
                      (loop $for8
                       (local.set $117
                        (i32.shl
                         (i32.add
                          (i32.mul
                           (local.get $115)
                           (i32.const 6)
                          )
                          (local.get $114)
                         )
                         (i32.const 2)
                        )
                       )
                       (f32.store offset=447856
                        (local.get $117)
                        (f32.add
                         (f32.load offset=447856
                          (local.get $117)
                         )
                         (f32.mul
                          (local.get $118)
                          (f32.load
                           (i32.shl
                            (i32.add
                             (i32.mul
                              (local.get $116)
                              (i32.const 6)
                             )
                             (local.get $114)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                       )
                       (local.set $114
                        (i32.add
                         (local.get $114)
                         (i32.const 1)
                        )
                       )
                       (br_if $for8
                        (i32.lt_s
                         (local.get $114)
                         (i32.const 6)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $123
                   (i32.add
                    (local.get $123)
                    (i32.const 1)
                   )
                  )
                  (br_if $for9
                   (i32.lt_s
                    (local.get $123)
                    (i32.const 5)
                   )
                  )
                 )
                )
               )
              )
             )
             (local.set $122
              (i32.add
               (local.get $122)
               (i32.const 1)
              )
             )
             (br_if $for12
              (i32.lt_s
               (local.get $122)
               (i32.const 5)
              )
             )
            )
           )
           (local.set $129
            (i32.add
             (local.get $129)
             (i32.const 1)
            )
           )
           (local.set $121
            (i32.add
             (local.get $121)
             (i32.const 1)
            )
           )
           (br_if $for13
            (i32.lt_s
             (local.get $121)
             (i32.const 28)
            )
           )
          )
         )
         (local.set $120
          (i32.add
           (local.get $120)
           (i32.const 1)
          )
         )
         (br_if $for14
          (i32.lt_s
           (local.get $120)
           (i32.const 28)
          )
         )
        )
       )
       (local.set $119
        (i32.add
         (local.get $119)
         (i32.const 1)
        )
       )
       (br_if $for15
        (i32.lt_s
         (local.get $119)
         (i32.const 64)
        )
       )
      )
     )
    )
    (block
     (local.set $130
      (i32.const 0)
     )
     (loop $for19
      (block
       (local.set $131
        (i32.const 0)
       )
       (loop $for18
        (block
         (local.set $132
          (i32.const 0)
         )
         (loop $for17
          (block
           (local.set $133
            (i32.const 0)
           )
           (loop $for16
            (local.set $134
             (i32.add
              (i32.add
               (i32.add
                (i32.mul
                 (local.get $130)
                 (i32.const 4704)
                )
                (i32.mul
                 (local.get $131)
                 (i32.const 168)
                )
               )
               (i32.mul
                (local.get $132)
                (i32.const 6)
               )
              )
              (local.get $133)
             )
            )
            (local.set $135
             (f32.load offset=447856
              (i32.shl
               (local.get $134)
               (i32.const 2)
              )
             )
            )
            (local.set $136
             (local.get $133)
            )
            (local.set $137
             (f32.load offset=608
              (i32.shl
               (local.get $136)
               (i32.const 2)
              )
             )
            )
            (local.set $138
             (f32.add
              (local.get $135)
              (local.get $137)
             )
            )
            (local.set $139
             (f32.convert_i32_u
              (f32.gt
               (local.get $138)
               (f32.const 0)
              )
             )
            )
            (local.set $140
             (select
              (local.get $138)
              (f32.const 0)
              (f32.ne
               (local.get $139)
               (f32.const 0)
              )
             )
            )
            (f32.store offset=447856
             (i32.shl
              (local.get $134)
              (i32.const 2)
             )
             (local.get $140)
            )
            (local.set $133
             (i32.add
              (local.get $133)
              (i32.const 1)
             )
            )
            (br_if $for16
             (i32.lt_s
              (local.get $133)
              (i32.const 6)
             )
            )
           )
          )
          (local.set $132
           (i32.add
            (local.get $132)
            (i32.const 1)
           )
          )
          (br_if $for17
           (i32.lt_s
            (local.get $132)
            (i32.const 28)
           )
          )
         )
        )
        (local.set $131
         (i32.add
          (local.get $131)
          (i32.const 1)
         )
        )
        (br_if $for18
         (i32.lt_s
          (local.get $131)
          (i32.const 28)
         )
        )
       )
      )
      (local.set $130
       (i32.add
        (local.get $130)
        (i32.const 1)
       )
      )
      (br_if $for19
       (i32.lt_s
        (local.get $130)
        (i32.const 64)
       )
      )
     )
    )
   )
   (else
    (memory.fill
     (i32.const 1953152)
     (i32.const 0)
     (i32.const 262144)
    )
    (block
     (local.set $0
      (i32.const 0)
     )
     (loop $for1
      (block
       (local.set $1
        (i32.const 0)
       )
       (loop $for0
        (memory.copy
         (i32.add
          (i32.mul
           (i32.add
            (i32.mul
             (local.get $0)
             (i32.const 32)
            )
            (local.get $1)
           )
           (i32.const 128)
          )
          (i32.const 1953416)
         )
         (i32.add
          (i32.mul
           (i32.add
            (i32.mul
             (local.get $0)
             (i32.const 28)
            )
            (local.get $1)
           )
           (i32.const 112)
          )
          (i32.const 246896)
         )
         (i32.const 112)
        )
        (local.set $1
         (i32.add
          (local.get $1)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $1)
          (i32.const 28)
         )
        )
       )
      )
      (local.set $0
       (i32.add
        (local.get $0)
        (i32.const 1)
       )
      )
      (br_if $for1
       (i32.lt_s
        (local.get $0)
        (i32.const 64)
       )
      )
     )
    )
    (block
     (local.set $2
      (i32.const 0)
     )
     (loop $for6
      (block
       (local.set $3
        (i32.const 0)
       )
       (loop $for5
        (local.set $5
         (i32.mul
          (i32.add
           (i32.mul
            (local.get $2)
            (i32.const 32)
           )
           (i32.mul
            (local.get $3)
            (i32.const 1)
           )
          )
          (i32.const 128)
         )
        )
        (local.set $14
         (i32.mul
          (i32.add
           (i32.mul
            (local.get $2)
            (i32.const 28)
           )
           (local.get $3)
          )
          (i32.const 28)
         )
        )
        (block
         (local.set $4
          (i32.const 0)
         )
         (loop $for4
          (local.set $30
           (i32.add
            (local.get $4)
            (i32.const 0)
           )
          )
          (local.set $51
           (i32.add
            (local.get $4)
            (i32.const 1)
           )
          )
          (local.set $72
           (i32.add
            (local.get $4)
            (i32.const 2)
           )
          )
          (local.set $93
           (i32.add
            (local.get $4)
            (i32.const 3)
           )
          )
          (local.set $6
           (i32.add
            (local.get $5)
            (i32.mul
             (local.get $4)
             (i32.const 4)
            )
           )
          )
          (local.set $18
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $19
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $20
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $21
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $22
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $23
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $24
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $25
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $7
           (local.get $6)
          )
          (local.set $10
           (i32.const 0)
          )
          (block
           (local.set $11
            (i32.const 0)
           )
           (loop $for3
            (local.set $8
             (local.get $7)
            )
            (block
             (local.set $12
              (i32.const 0)
             )
             (loop $for2
              (local.set $9
               (local.get $8)
              )
              (block
               (local.set $13
                (i32.const 0)
               )
               (local.set $15
                (v128.load align=4
                 (local.get $10)
                )
               )
               (local.set $16
                (v128.load offset=16 align=4
                 (local.get $10)
                )
               )
               (local.set $17
                (v128.load32_splat offset=1953152
                 (local.get $9)
                )
               )
               (local.set $18
                (f32x4.add
                 (local.get $18)
                 (f32x4.mul
                  (local.get $17)
                  (local.get $15)
                 )
                )
               )
               (local.set $19
                (f32x4.add
                 (local.get $19)
                 (f32x4.mul
                  (local.get $17)
                  (local.get $16)
                 )
                )
               )
               (local.set $17
                (v128.load32_splat offset=1953156
                 (local.get $9)
                )
               )
               (local.set $20
                (f32x4.add
                 (local.get $20)
                 (f32x4.mul
                  (local.get $17)
                  (local.get $15)
                 )
                )
               )
               (local.set $21
                (f32x4.add
                 (local.get $21)
                 (f32x4.mul
                  (local.get $17)
                  (local.get $16)
                 )
                )
               )
               (local.set $17
                (v128.load32_splat offset=1953160
                 (local.get $9)
                )
               )
               (local.set $22
                (f32x4.add
                 (local.get $22)
                 (f32x4.mul
                  (local.get $17)
                  (local.get $15)
                 )
                )
               )
               (local.set $23
                (f32x4.add
                 (local.get $23)
                 (f32x4.mul
                  (local.get $17)
                  (local.get $16)
                 )
                )
               )
               (local.set $17
                (v128.load32_splat offset=1953164
                 (local.get $9)
                )
               )
               (local.set $24
                (f32x4.add
                 (local.get $24)
                 (f32x4.mul
                  (local.get $17)
                  (local.get $15)
                 )
                )
               )
               (local.set $25
                (f32x4.add
                 (local.get $25)
                 (f32x4.mul
                  (local.get $17)
                  (local.get $16)
                 )
                )
               )
               (local.set $9
                (i32.add
                 (local.get $9)
                 (i32.const 4)
                )
               )
               (local.set $10
                (i32.add
                 (local.get $10)
                 (i32.const 24)
                )
               )
              )
              (local.set $8
               (i32.add
                (local.get $8)
                (i32.const 4)
               )
              )
              (local.set $12
               (i32.add
                (local.get $12)
                (i32.const 1)
               )
              )
              (br_if $for2
               (i32.lt_s
                (local.get $12)
                (i32.const 5)
               )
              )
             )
            )
            (local.set $7
             (i32.add
              (local.get $7)
              (i32.const 128)
             )
            )
            (local.set $11
             (i32.add
              (local.get $11)
              (i32.const 1)
             )
            )
            (br_if $for3
             (i32.lt_s
              (local.get $11)
              (i32.const 5)
             )
            )
           )
          )
          (block
           (local.set $26
            (block (result v128)
             (local.set $27
              (local.get $18)
             )
             (local.set $28
              (i32.add
               (i32.add
                (local.get $14)
                (local.get $4)
               )
               (i32.const 0)
              )
             )
             (local.set $29
              (i32.const 0)
             )
             (local.set $31
              (i32.add
               (i32.mul
                (local.get $28)
                (i32.const 6)
               )
               (local.get $29)
              )
             )
             (local.set $32
              (local.get $29)
             )
             (local.set $33
              (v128.load offset=608 align=4
               (i32.shl
                (local.get $32)
                (i32.const 2)
               )
              )
             )
             (local.set $34
              (f32x4.add
               (local.get $27)
               (local.get $33)
              )
             )
             (local.set $35
              (v128.and
               (f32x4.gt
                (local.get $34)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              )
             )
             (local.set $36
              (v128.bitselect
               (local.get $34)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f32x4.ne
                (local.get $35)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
             (local.get $36)
            )
           )
           (v128.store offset=447856 align=4
            (i32.mul
             (i32.add
              (i32.add
               (local.get $14)
               (local.get $4)
              )
              (i32.const 0)
             )
             (i32.const 24)
            )
            (local.get $26)
           )
          )
          (block
           (local.set $37
            (block (result v128)
             (local.set $38
              (local.get $19)
             )
             (local.set $39
              (i32.add
               (i32.add
                (local.get $14)
                (local.get $4)
               )
               (i32.const 0)
              )
             )
             (local.set $40
              (i32.const 4)
             )
             (local.set $41
              (i32.add
               (i32.mul
                (local.get $39)
                (i32.const 6)
               )
               (local.get $40)
              )
             )
             (local.set $42
              (local.get $40)
             )
             (local.set $43
              (v128.load offset=608 align=4
               (i32.shl
                (local.get $42)
                (i32.const 2)
               )
              )
             )
             (local.set $44
              (f32x4.add
               (local.get $38)
               (local.get $43)
              )
             )
             (local.set $45
              (v128.and
               (f32x4.gt
                (local.get $44)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              )
             )
             (local.set $46
              (v128.bitselect
               (local.get $44)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f32x4.ne
                (local.get $45)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
             (local.get $46)
            )
           )
           (v128.store64_lane offset=447872 align=4 0
            (i32.mul
             (i32.add
              (i32.add
               (local.get $14)
               (local.get $4)
              )
              (i32.const 0)
             )
             (i32.const 24)
            )
            (local.get $37)
           )
          )
          (block
           (local.set $47
            (block (result v128)
             (local.set $48
              (local.get $20)
             )
             (local.set $49
              (i32.add
               (i32.add
                (local.get $14)
                (local.get $4)
               )
               (i32.const 1)
              )
             )
             (local.set $50
              (i32.const 0)
             )
             (local.set $52
              (i32.add
               (i32.mul
                (local.get $49)
                (i32.const 6)
               )
               (local.get $50)
              )
             )
             (local.set $53
              (local.get $50)
             )
             (local.set $54
              (v128.load offset=608 align=4
               (i32.shl
                (local.get $53)
                (i32.const 2)
               )
              )
             )
             (local.set $55
              (f32x4.add
               (local.get $48)
               (local.get $54)
              )
             )
             (local.set $56
              (v128.and
               (f32x4.gt
                (local.get $55)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              )
             )
             (local.set $57
              (v128.bitselect
               (local.get $55)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f32x4.ne
                (local.get $56)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
             (local.get $57)
            )
           )
           (v128.store offset=447856 align=4
            (i32.mul
             (i32.add
              (i32.add
               (local.get $14)
               (local.get $4)
              )
              (i32.const 1)
             )
             (i32.const 24)
            )
            (local.get $47)
           )
          )
          (block
           (local.set $58
            (block (result v128)
             (local.set $59
              (local.get $21)
             )
             (local.set $60
              (i32.add
               (i32.add
                (local.get $14)
                (local.get $4)
               )
               (i32.const 1)
              )
             )
             (local.set $61
              (i32.const 4)
             )
             (local.set $62
              (i32.add
               (i32.mul
                (local.get $60)
                (i32.const 6)
               )
               (local.get $61)
              )
             )
             (local.set $63
              (local.get $61)
             )
             (local.set $64
              (v128.load offset=608 align=4
               (i32.shl
                (local.get $63)
                (i32.const 2)
               )
              )
             )
             (local.set $65
              (f32x4.add
               (local.get $59)
               (local.get $64)
              )
             )
             (local.set $66
              (v128.and
               (f32x4.gt
                (local.get $65)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              )
             )
             (local.set $67
              (v128.bitselect
               (local.get $65)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f32x4.ne
                (local.get $66)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
             (local.get $67)
            )
           )
           (v128.store64_lane offset=447872 align=4 0
            (i32.mul
             (i32.add
              (i32.add
               (local.get $14)
               (local.get $4)
              )
              (i32.const 1)
             )
             (i32.const 24)
            )
            (local.get $58)
           )
          )
          (block
           (local.set $68
            (block (result v128)
             (local.set $69
              (local.get $22)
             )
             (local.set $70
              (i32.add
               (i32.add
                (local.get $14)
                (local.get $4)
               )
               (i32.const 2)
              )
             )
             (local.set $71
              (i32.const 0)
             )
             (local.set $73
              (i32.add
               (i32.mul
                (local.get $70)
                (i32.const 6)
               )
               (local.get $71)
              )
             )
             (local.set $74
              (local.get $71)
             )
             (local.set $75
              (v128.load offset=608 align=4
               (i32.shl
                (local.get $74)
                (i32.const 2)
               )
              )
             )
             (local.set $76
              (f32x4.add
               (local.get $69)
               (local.get $75)
              )
             )
             (local.set $77
              (v128.and
               (f32x4.gt
                (local.get $76)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              )
             )
             (local.set $78
              (v128.bitselect
               (local.get $76)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f32x4.ne
                (local.get $77)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
             (local.get $78)
            )
           )
           (v128.store offset=447856 align=4
            (i32.mul
             (i32.add
              (i32.add
               (local.get $14)
               (local.get $4)
              )
              (i32.const 2)
             )
             (i32.const 24)
            )
            (local.get $68)
           )
          )
          (block
           (local.set $79
            (block (result v128)
             (local.set $80
              (local.get $23)
             )
             (local.set $81
              (i32.add
               (i32.add
                (local.get $14)
                (local.get $4)
               )
               (i32.const 2)
              )
             )
             (local.set $82
              (i32.const 4)
             )
             (local.set $83
              (i32.add
               (i32.mul
                (local.get $81)
                (i32.const 6)
               )
               (local.get $82)
              )
             )
             (local.set $84
              (local.get $82)
             )
             (local.set $85
              (v128.load offset=608 align=4
               (i32.shl
                (local.get $84)
                (i32.const 2)
               )
              )
             )
             (local.set $86
              (f32x4.add
               (local.get $80)
               (local.get $85)
              )
             )
             (local.set $87
              (v128.and
               (f32x4.gt
                (local.get $86)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              )
             )
             (local.set $88
              (v128.bitselect
               (local.get $86)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f32x4.ne
                (local.get $87)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
             (local.get $88)
            )
           )
           (v128.store64_lane offset=447872 align=4 0
            (i32.mul
             (i32.add
              (i32.add
               (local.get $14)
               (local.get $4)
              )
              (i32.const 2)
             )
             (i32.const 24)
            )
            (local.get $79)
           )
          )
          (block
           (local.set $89
            (block (result v128)
             (local.set $90
              (local.get $24)
             )
             (local.set $91
              (i32.add
               (i32.add
                (local.get $14)
                (local.get $4)
               )
               (i32.const 3)
              )
             )
             (local.set $92
              (i32.const 0)
             )
             (local.set $94
              (i32.add
               (i32.mul
                (local.get $91)
                (i32.const 6)
               )
               (local.get $92)
              )
             )
             (local.set $95
              (local.get $92)
             )
             (local.set $96
              (v128.load offset=608 align=4
               (i32.shl
                (local.get $95)
                (i32.const 2)
               )
              )
             )
             (local.set $97
              (f32x4.add
               (local.get $90)
               (local.get $96)
              )
             )
             (local.set $98
              (v128.and
               (f32x4.gt
                (local.get $97)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              )
             )
             (local.set $99
              (v128.bitselect
               (local.get $97)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f32x4.ne
                (local.get $98)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
             (local.get $99)
            )
           )
           (v128.store offset=447856 align=4
            (i32.mul
             (i32.add
              (i32.add
               (local.get $14)
               (local.get $4)
              )
              (i32.const 3)
             )
             (i32.const 24)
            )
            (local.get $89)
           )
          )
          (block
           (local.set $100
            (block (result v128)
             (local.set $101
              (local.get $25)
             )
             (local.set $102
              (i32.add
               (i32.add
                (local.get $14)
                (local.get $4)
               )
               (i32.const 3)
              )
             )
             (local.set $103
              (i32.const 4)
             )
             (local.set $104
              (i32.add
               (i32.mul
                (local.get $102)
                (i32.const 6)
               )
               (local.get $103)
              )
             )
             (local.set $105
              (local.get $103)
             )
             (local.set $106
              (v128.load offset=608 align=4
               (i32.shl
                (local.get $105)
                (i32.const 2)
               )
              )
             )
             (local.set $107
              (f32x4.add
               (local.get $101)
               (local.get $106)
              )
             )
             (local.set $108
              (v128.and
               (f32x4.gt
                (local.get $107)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
              )
             )
             (local.set $109
              (v128.bitselect
               (local.get $107)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               (f32x4.ne
                (local.get $108)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
             (local.get $109)
            )
           )
           (v128.store64_lane offset=447872 align=4 0
            (i32.mul
             (i32.add
              (i32.add
               (local.get $14)
               (local.get $4)
              )
              (i32.const 3)
             )
             (i32.const 24)
            )
            (local.get $100)
           )
          )
          (local.set $4
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (br_if $for4
           (i32.lt_s
            (local.get $4)
            (i32.const 28)
           )
          )
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 1)
         )
        )
        (br_if $for5
         (i32.lt_s
          (local.get $3)
          (i32.const 28)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $for6
       (i32.lt_s
        (local.get $2)
        (i32.const 64)
       )
      )
     )
    )
   )
  )
 )
 (func $k1_maxPool
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (block
   (local.set $0
    (i32.const 0)
   )
   (loop $for4
    (block
     (local.set $1
      (i32.const 0)
     )
     (loop $for3
      (block
       (local.set $2
        (i32.const 0)
       )
       (loop $for2
        (block
         (local.set $3
          (i32.const 0)
         )
         (local.set $8
          (i32.add
           (i32.mul
            (i32.add
             (i32.mul
              (i32.add
               (i32.mul
                (local.get $0)
                (i32.const 14)
               )
               (local.get $1)
              )
              (i32.const 14)
             )
             (local.get $2)
            )
            (i32.const 6)
           )
           (local.get $3)
          )
         )
         (local.set $11
          (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
         )
         (block
          (local.set $4
           (i32.const 0)
          )
          (loop $for1
           (local.set $6
            (i32.add
             (i32.mul
              (local.get $1)
              (i32.const 2)
             )
             (i32.sub
              (i32.mul
               (local.get $4)
               (i32.const 1)
              )
              (i32.const 0)
             )
            )
           )
           (if
            (i32.lt_u
             (local.get $6)
             (i32.const 28)
            )
            (then
             (local.set $5
              (i32.const 0)
             )
             (loop $for0
              (local.set $7
               (i32.add
                (i32.mul
                 (local.get $2)
                 (i32.const 2)
                )
                (i32.sub
                 (i32.mul
                  (local.get $5)
                  (i32.const 1)
                 )
                 (i32.const 0)
                )
               )
              )
              (if
               (i32.lt_u
                (local.get $7)
                (i32.const 28)
               )
               (then
                (local.set $9
                 (i32.add
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $0)
                       (i32.const 28)
                      )
                      (local.get $6)
                     )
                     (i32.const 28)
                    )
                    (local.get $7)
                   )
                   (i32.const 6)
                  )
                  (local.get $3)
                 )
                )
                (local.set $11
                 (f32x4.pmax
                  (local.get $11)
                  (v128.load offset=447856 align=4
                   (i32.shl
                    (local.get $9)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
              (local.set $5
               (i32.add
                (local.get $5)
                (i32.const 1)
               )
              )
              (br_if $for0
               (i32.lt_s
                (local.get $5)
                (i32.const 2)
               )
              )
             )
            )
           )
           (local.set $4
            (i32.add
             (local.get $4)
             (i32.const 1)
            )
           )
           (br_if $for1
            (i32.lt_s
             (local.get $4)
             (i32.const 2)
            )
           )
          )
         )
         (v128.store offset=1652080 align=4
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
          (local.get $11)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $for2
         (i32.lt_s
          (local.get $2)
          (i32.const 14)
         )
        )
       )
      )
      (local.set $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (br_if $for3
       (i32.lt_s
        (local.get $1)
        (i32.const 14)
       )
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $for4
     (i32.lt_s
      (local.get $0)
      (i32.const 64)
     )
    )
   )
  )
  (block
   (local.set $14
    (i32.const 0)
   )
   (loop $for9
    (block
     (local.set $15
      (i32.const 0)
     )
     (loop $for8
      (block
       (local.set $16
        (i32.const 0)
       )
       (loop $for7
        (block
         (local.set $17
          (i32.const 4)
         )
         (local.set $22
          (i32.add
           (i32.mul
            (i32.add
             (i32.mul
              (i32.add
               (i32.mul
                (local.get $14)
                (i32.const 14)
               )
               (local.get $15)
              )
              (i32.const 14)
             )
             (local.get $16)
            )
            (i32.const 6)
           )
           (local.get $17)
          )
         )
         (local.set $25
          (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
         )
         (block
          (local.set $18
           (i32.const 0)
          )
          (loop $for6
           (local.set $20
            (i32.add
             (i32.mul
              (local.get $15)
              (i32.const 2)
             )
             (i32.sub
              (i32.mul
               (local.get $18)
               (i32.const 1)
              )
              (i32.const 0)
             )
            )
           )
           (if
            (i32.lt_u
             (local.get $20)
             (i32.const 28)
            )
            (then
             (local.set $19
              (i32.const 0)
             )
             (loop $for5
              (local.set $21
               (i32.add
                (i32.mul
                 (local.get $16)
                 (i32.const 2)
                )
                (i32.sub
                 (i32.mul
                  (local.get $19)
                  (i32.const 1)
                 )
                 (i32.const 0)
                )
               )
              )
              (if
               (i32.lt_u
                (local.get $21)
                (i32.const 28)
               )
               (then
                (local.set $23
                 (i32.add
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $14)
                       (i32.const 28)
                      )
                      (local.get $20)
                     )
                     (i32.const 28)
                    )
                    (local.get $21)
                   )
                   (i32.const 6)
                  )
                  (local.get $17)
                 )
                )
                (local.set $25
                 (f32x4.pmax
                  (local.get $25)
                  (v128.load offset=447856 align=4
                   (i32.shl
                    (local.get $23)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
              (local.set $19
               (i32.add
                (local.get $19)
                (i32.const 1)
               )
              )
              (br_if $for5
               (i32.lt_s
                (local.get $19)
                (i32.const 2)
               )
              )
             )
            )
           )
           (local.set $18
            (i32.add
             (local.get $18)
             (i32.const 1)
            )
           )
           (br_if $for6
            (i32.lt_s
             (local.get $18)
             (i32.const 2)
            )
           )
          )
         )
         (block
          (local.set $24
           (local.get $25)
          )
          (v128.store64_lane offset=1652080 align=4 0
           (i32.shl
            (local.get $22)
            (i32.const 2)
           )
           (local.get $24)
          )
         )
        )
        (local.set $16
         (i32.add
          (local.get $16)
          (i32.const 1)
         )
        )
        (br_if $for7
         (i32.lt_s
          (local.get $16)
          (i32.const 14)
         )
        )
       )
      )
      (local.set $15
       (i32.add
        (local.get $15)
        (i32.const 1)
       )
      )
      (br_if $for8
       (i32.lt_s
        (local.get $15)
        (i32.const 14)
       )
      )
     )
    )
    (local.set $14
     (i32.add
      (local.get $14)
      (i32.const 1)
     )
    )
    (br_if $for9
     (i32.lt_s
      (local.get $14)
      (i32.const 64)
     )
    )
   )
  )
 )
 (func $k2_conv2_conv2d_add_compare_where
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 v128)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 v128)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 i32)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 v128)
  (local $79 v128)
  (local $80 i32)
  (local $81 i32)
  (local $82 i32)
  (local $83 i32)
  (local $84 v128)
  (local $85 v128)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 i32)
  (local $91 i32)
  (local $92 i32)
  (local $93 i32)
  (local $94 v128)
  (local $95 v128)
  (local $96 v128)
  (local $97 v128)
  (local $98 v128)
  (local $99 v128)
  (local $100 i32)
  (local $101 i32)
  (local $102 i32)
  (local $103 i32)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 v128)
  (block
   (local.set $0
    (i32.const 0)
   )
   (loop $for5
    (block
     (local.set $1
      (i32.const 0)
     )
     (loop $for4
      (local.set $3
       (i32.mul
        (i32.add
         (i32.mul
          (local.get $0)
          (i32.const 14)
         )
         (i32.mul
          (local.get $1)
          (i32.const 1)
         )
        )
        (i32.const 336)
       )
      )
      (local.set $12
       (i32.mul
        (i32.add
         (i32.mul
          (local.get $0)
          (i32.const 10)
         )
         (local.get $1)
        )
        (i32.const 10)
       )
      )
      (block
       (local.set $2
        (i32.const 0)
       )
       (loop $for3
        (local.set $30
         (i32.add
          (local.get $2)
          (i32.const 0)
         )
        )
        (local.set $71
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (local.set $4
         (i32.add
          (local.get $3)
          (i32.mul
           (local.get $2)
           (i32.const 24)
          )
         )
        )
        (local.set $18
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $19
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $20
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $21
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $22
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $23
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $24
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $25
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $5
         (local.get $4)
        )
        (local.set $8
         (i32.const 0)
        )
        (block
         (local.set $9
          (i32.const 0)
         )
         (loop $for2
          (local.set $6
           (local.get $5)
          )
          (block
           (local.set $10
            (i32.const 0)
           )
           (loop $for1
            (local.set $7
             (local.get $6)
            )
            (block
             (local.set $11
              (i32.const 0)
             )
             (loop $for0
              (local.set $13
               (v128.load offset=640 align=4
                (local.get $8)
               )
              )
              (local.set $14
               (v128.load offset=656 align=4
                (local.get $8)
               )
              )
              (local.set $15
               (v128.load offset=672 align=4
                (local.get $8)
               )
              )
              (local.set $16
               (v128.load offset=688 align=4
                (local.get $8)
               )
              )
              (local.set $17
               (v128.load32_splat offset=1652080
                (local.get $7)
               )
              )
              (local.set $18
               (f32x4.add
                (local.get $18)
                (f32x4.mul
                 (local.get $17)
                 (local.get $13)
                )
               )
              )
              (local.set $19
               (f32x4.add
                (local.get $19)
                (f32x4.mul
                 (local.get $17)
                 (local.get $14)
                )
               )
              )
              (local.set $20
               (f32x4.add
                (local.get $20)
                (f32x4.mul
                 (local.get $17)
                 (local.get $15)
                )
               )
              )
              (local.set $21
               (f32x4.add
                (local.get $21)
                (f32x4.mul
                 (local.get $17)
                 (local.get $16)
                )
               )
              )
              (local.set $17
               (v128.load32_splat offset=1652104
                (local.get $7)
               )
              )
              (local.set $22
               (f32x4.add
                (local.get $22)
                (f32x4.mul
                 (local.get $17)
                 (local.get $13)
                )
               )
              )
              (local.set $23
               (f32x4.add
                (local.get $23)
                (f32x4.mul
                 (local.get $17)
                 (local.get $14)
                )
               )
              )
              (local.set $24
               (f32x4.add
                (local.get $24)
                (f32x4.mul
                 (local.get $17)
                 (local.get $15)
                )
               )
              )
              (local.set $25
               (f32x4.add
                (local.get $25)
                (f32x4.mul
                 (local.get $17)
                 (local.get $16)
                )
               )
              )
              (local.set $7
               (i32.add
                (local.get $7)
                (i32.const 4)
               )
              )
              (local.set $8
               (i32.add
                (local.get $8)
                (i32.const 64)
               )
              )
              (local.set $11
               (i32.add
                (local.get $11)
                (i32.const 1)
               )
              )
              (br_if $for0
               (i32.lt_s
                (local.get $11)
                (i32.const 6)
               )
              )
             )
            )
            (local.set $6
             (i32.add
              (local.get $6)
              (i32.const 24)
             )
            )
            (local.set $10
             (i32.add
              (local.get $10)
              (i32.const 1)
             )
            )
            (br_if $for1
             (i32.lt_s
              (local.get $10)
              (i32.const 5)
             )
            )
           )
          )
          (local.set $5
           (i32.add
            (local.get $5)
            (i32.const 336)
           )
          )
          (local.set $9
           (i32.add
            (local.get $9)
            (i32.const 1)
           )
          )
          (br_if $for2
           (i32.lt_s
            (local.get $9)
            (i32.const 5)
           )
          )
         )
        )
        (block
         (local.set $26
          (block (result v128)
           (local.set $27
            (local.get $18)
           )
           (local.set $28
            (i32.add
             (i32.add
              (local.get $12)
              (local.get $2)
             )
             (i32.const 0)
            )
           )
           (local.set $29
            (i32.const 0)
           )
           (local.set $31
            (i32.add
             (i32.mul
              (local.get $28)
              (i32.const 16)
             )
             (local.get $29)
            )
           )
           (local.set $32
            (local.get $29)
           )
           (local.set $33
            (v128.load offset=10240 align=4
             (i32.shl
              (local.get $32)
              (i32.const 2)
             )
            )
           )
           (local.set $34
            (f32x4.add
             (local.get $27)
             (local.get $33)
            )
           )
           (local.set $35
            (v128.and
             (f32x4.gt
              (local.get $34)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
             (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            )
           )
           (local.set $36
            (v128.bitselect
             (local.get $34)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             (f32x4.ne
              (local.get $35)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
           (local.get $36)
          )
         )
         (v128.store offset=447856 align=4
          (i32.mul
           (i32.add
            (i32.add
             (local.get $12)
             (local.get $2)
            )
            (i32.const 0)
           )
           (i32.const 64)
          )
          (local.get $26)
         )
        )
        (block
         (local.set $37
          (block (result v128)
           (local.set $38
            (local.get $19)
           )
           (local.set $39
            (i32.add
             (i32.add
              (local.get $12)
              (local.get $2)
             )
             (i32.const 0)
            )
           )
           (local.set $40
            (i32.const 4)
           )
           (local.set $41
            (i32.add
             (i32.mul
              (local.get $39)
              (i32.const 16)
             )
             (local.get $40)
            )
           )
           (local.set $42
            (local.get $40)
           )
           (local.set $43
            (v128.load offset=10240 align=4
             (i32.shl
              (local.get $42)
              (i32.const 2)
             )
            )
           )
           (local.set $44
            (f32x4.add
             (local.get $38)
             (local.get $43)
            )
           )
           (local.set $45
            (v128.and
             (f32x4.gt
              (local.get $44)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
             (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            )
           )
           (local.set $46
            (v128.bitselect
             (local.get $44)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             (f32x4.ne
              (local.get $45)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
           (local.get $46)
          )
         )
         (v128.store offset=447872 align=4
          (i32.mul
           (i32.add
            (i32.add
             (local.get $12)
             (local.get $2)
            )
            (i32.const 0)
           )
           (i32.const 64)
          )
          (local.get $37)
         )
        )
        (block
         (local.set $47
          (block (result v128)
           (local.set $48
            (local.get $20)
           )
           (local.set $49
            (i32.add
             (i32.add
              (local.get $12)
              (local.get $2)
             )
             (i32.const 0)
            )
           )
           (local.set $50
            (i32.const 8)
           )
           (local.set $51
            (i32.add
             (i32.mul
              (local.get $49)
              (i32.const 16)
             )
             (local.get $50)
            )
           )
           (local.set $52
            (local.get $50)
           )
           (local.set $53
            (v128.load offset=10240 align=4
             (i32.shl
              (local.get $52)
              (i32.const 2)
             )
            )
           )
           (local.set $54
            (f32x4.add
             (local.get $48)
             (local.get $53)
            )
           )
           (local.set $55
            (v128.and
             (f32x4.gt
              (local.get $54)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
             (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            )
           )
           (local.set $56
            (v128.bitselect
             (local.get $54)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             (f32x4.ne
              (local.get $55)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
           (local.get $56)
          )
         )
         (v128.store offset=447888 align=4
          (i32.mul
           (i32.add
            (i32.add
             (local.get $12)
             (local.get $2)
            )
            (i32.const 0)
           )
           (i32.const 64)
          )
          (local.get $47)
         )
        )
        (block
         (local.set $57
          (block (result v128)
           (local.set $58
            (local.get $21)
           )
           (local.set $59
            (i32.add
             (i32.add
              (local.get $12)
              (local.get $2)
             )
             (i32.const 0)
            )
           )
           (local.set $60
            (i32.const 12)
           )
           (local.set $61
            (i32.add
             (i32.mul
              (local.get $59)
              (i32.const 16)
             )
             (local.get $60)
            )
           )
           (local.set $62
            (local.get $60)
           )
           (local.set $63
            (v128.load offset=10240 align=4
             (i32.shl
              (local.get $62)
              (i32.const 2)
             )
            )
           )
           (local.set $64
            (f32x4.add
             (local.get $58)
             (local.get $63)
            )
           )
           (local.set $65
            (v128.and
             (f32x4.gt
              (local.get $64)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
             (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            )
           )
           (local.set $66
            (v128.bitselect
             (local.get $64)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             (f32x4.ne
              (local.get $65)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
           (local.get $66)
          )
         )
         (v128.store offset=447904 align=4
          (i32.mul
           (i32.add
            (i32.add
             (local.get $12)
             (local.get $2)
            )
            (i32.const 0)
           )
           (i32.const 64)
          )
          (local.get $57)
         )
        )
        (block
         (local.set $67
          (block (result v128)
           (local.set $68
            (local.get $22)
           )
           (local.set $69
            (i32.add
             (i32.add
              (local.get $12)
              (local.get $2)
             )
             (i32.const 1)
            )
           )
           (local.set $70
            (i32.const 0)
           )
           (local.set $72
            (i32.add
             (i32.mul
              (local.get $69)
              (i32.const 16)
             )
             (local.get $70)
            )
           )
           (local.set $73
            (local.get $70)
           )
           (local.set $74
            (v128.load offset=10240 align=4
             (i32.shl
              (local.get $73)
              (i32.const 2)
             )
            )
           )
           (local.set $75
            (f32x4.add
             (local.get $68)
             (local.get $74)
            )
           )
           (local.set $76
            (v128.and
             (f32x4.gt
              (local.get $75)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
             (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            )
           )
           (local.set $77
            (v128.bitselect
             (local.get $75)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             (f32x4.ne
              (local.get $76)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
           (local.get $77)
          )
         )
         (v128.store offset=447856 align=4
          (i32.mul
           (i32.add
            (i32.add
             (local.get $12)
             (local.get $2)
            )
            (i32.const 1)
           )
           (i32.const 64)
          )
          (local.get $67)
         )
        )
        (block
         (local.set $78
          (block (result v128)
           (local.set $79
            (local.get $23)
           )
           (local.set $80
            (i32.add
             (i32.add
              (local.get $12)
              (local.get $2)
             )
             (i32.const 1)
            )
           )
           (local.set $81
            (i32.const 4)
           )
           (local.set $82
            (i32.add
             (i32.mul
              (local.get $80)
              (i32.const 16)
             )
             (local.get $81)
            )
           )
           (local.set $83
            (local.get $81)
           )
           (local.set $84
            (v128.load offset=10240 align=4
             (i32.shl
              (local.get $83)
              (i32.const 2)
             )
            )
           )
           (local.set $85
            (f32x4.add
             (local.get $79)
             (local.get $84)
            )
           )
           (local.set $86
            (v128.and
             (f32x4.gt
              (local.get $85)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
             (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            )
           )
           (local.set $87
            (v128.bitselect
             (local.get $85)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             (f32x4.ne
              (local.get $86)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
           (local.get $87)
          )
         )
         (v128.store offset=447872 align=4
          (i32.mul
           (i32.add
            (i32.add
             (local.get $12)
             (local.get $2)
            )
            (i32.const 1)
           )
           (i32.const 64)
          )
          (local.get $78)
         )
        )
        (block
         (local.set $88
          (block (result v128)
           (local.set $89
            (local.get $24)
           )
           (local.set $90
            (i32.add
             (i32.add
              (local.get $12)
              (local.get $2)
             )
             (i32.const 1)
            )
           )
           (local.set $91
            (i32.const 8)
           )
           (local.set $92
            (i32.add
             (i32.mul
              (local.get $90)
              (i32.const 16)
             )
             (local.get $91)
            )
           )
           (local.set $93
            (local.get $91)
           )
           (local.set $94
            (v128.load offset=10240 align=4
             (i32.shl
              (local.get $93)
              (i32.const 2)
             )
            )
           )
           (local.set $95
            (f32x4.add
             (local.get $89)
             (local.get $94)
            )
           )
           (local.set $96
            (v128.and
             (f32x4.gt
              (local.get $95)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
             (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            )
           )
           (local.set $97
            (v128.bitselect
             (local.get $95)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             (f32x4.ne
              (local.get $96)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
           (local.get $97)
          )
         )
         (v128.store offset=447888 align=4
          (i32.mul
           (i32.add
            (i32.add
             (local.get $12)
             (local.get $2)
            )
            (i32.const 1)
           )
           (i32.const 64)
          )
          (local.get $88)
         )
        )
        (block
         (local.set $98
          (block (result v128)
           (local.set $99
            (local.get $25)
           )
           (local.set $100
            (i32.add
             (i32.add
              (local.get $12)
              (local.get $2)
             )
             (i32.const 1)
            )
           )
           (local.set $101
            (i32.const 12)
           )
           (local.set $102
            (i32.add
             (i32.mul
              (local.get $100)
              (i32.const 16)
             )
             (local.get $101)
            )
           )
           (local.set $103
            (local.get $101)
           )
           (local.set $104
            (v128.load offset=10240 align=4
             (i32.shl
              (local.get $103)
              (i32.const 2)
             )
            )
           )
           (local.set $105
            (f32x4.add
             (local.get $99)
             (local.get $104)
            )
           )
           (local.set $106
            (v128.and
             (f32x4.gt
              (local.get $105)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
             (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            )
           )
           (local.set $107
            (v128.bitselect
             (local.get $105)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             (f32x4.ne
              (local.get $106)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
           (local.get $107)
          )
         )
         (v128.store offset=447904 align=4
          (i32.mul
           (i32.add
            (i32.add
             (local.get $12)
             (local.get $2)
            )
            (i32.const 1)
           )
           (i32.const 64)
          )
          (local.get $98)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 2)
         )
        )
        (br_if $for3
         (i32.lt_s
          (local.get $2)
          (i32.const 10)
         )
        )
       )
      )
      (local.set $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (br_if $for4
       (i32.lt_s
        (local.get $1)
        (i32.const 10)
       )
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $for5
     (i32.lt_s
      (local.get $0)
      (i32.const 64)
     )
    )
   )
  )
 )
 (func $k3_maxPool
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 i32)
  (block
   (local.set $0
    (i32.const 0)
   )
   (loop $for5
    (block
     (local.set $1
      (i32.const 0)
     )
     (loop $for4
      (block
       (local.set $2
        (i32.const 0)
       )
       (loop $for3
        (block
         (local.set $3
          (i32.const 0)
         )
         (loop $for2
          (local.set $8
           (i32.add
            (i32.mul
             (i32.add
              (i32.mul
               (i32.add
                (i32.mul
                 (local.get $0)
                 (i32.const 5)
                )
                (local.get $1)
               )
               (i32.const 5)
              )
              (local.get $2)
             )
             (i32.const 16)
            )
            (local.get $3)
           )
          )
          (local.set $11
           (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
          )
          (block
           (local.set $4
            (i32.const 0)
           )
           (loop $for1
            (local.set $6
             (i32.add
              (i32.mul
               (local.get $1)
               (i32.const 2)
              )
              (i32.sub
               (i32.mul
                (local.get $4)
                (i32.const 1)
               )
               (i32.const 0)
              )
             )
            )
            (if
             (i32.lt_u
              (local.get $6)
              (i32.const 10)
             )
             (then
              (local.set $5
               (i32.const 0)
              )
              (loop $for0
               (local.set $7
                (i32.add
                 (i32.mul
                  (local.get $2)
                  (i32.const 2)
                 )
                 (i32.sub
                  (i32.mul
                   (local.get $5)
                   (i32.const 1)
                  )
                  (i32.const 0)
                 )
                )
               )
               (if
                (i32.lt_u
                 (local.get $7)
                 (i32.const 10)
                )
                (then
                 (local.set $9
                  (i32.add
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $0)
                        (i32.const 10)
                       )
                       (local.get $6)
                      )
                      (i32.const 10)
                     )
                     (local.get $7)
                    )
                    (i32.const 16)
                   )
                   (local.get $3)
                  )
                 )
                 (local.set $11
                  (f32x4.pmax
                   (local.get $11)
                   (v128.load offset=447856 align=4
                    (i32.shl
                     (local.get $9)
                     (i32.const 2)
                    )
                   )
                  )
                 )
                )
               )
               (local.set $5
                (i32.add
                 (local.get $5)
                 (i32.const 1)
                )
               )
               (br_if $for0
                (i32.lt_s
                 (local.get $5)
                 (i32.const 2)
                )
               )
              )
             )
            )
            (local.set $4
             (i32.add
              (local.get $4)
              (i32.const 1)
             )
            )
            (br_if $for1
             (i32.lt_s
              (local.get $4)
              (i32.const 2)
             )
            )
           )
          )
          (v128.store offset=246896 align=4
           (i32.shl
            (local.get $8)
            (i32.const 2)
           )
           (local.get $11)
          )
          (local.set $3
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (br_if $for2
           (i32.lt_s
            (local.get $3)
            (i32.const 16)
           )
          )
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $for3
         (i32.lt_s
          (local.get $2)
          (i32.const 5)
         )
        )
       )
      )
      (local.set $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (br_if $for4
       (i32.lt_s
        (local.get $1)
        (i32.const 5)
       )
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $for5
     (i32.lt_s
      (local.get $0)
      (i32.const 64)
     )
    )
   )
  )
 )
 (func $k5_fc1_matmul_add_compare_where_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 v128)
  (local $63 v128)
  (local $64 i32)
  (local $65 i32)
  (local $66 i32)
  (local $67 i32)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 v128)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 v128)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 i32)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 i32)
  (local $91 i32)
  (local.set $1
   (i32.const 0)
  )
  (local.set $2
   (i32.const 0)
  )
  (block
   (local.set $91
    (i32.const 15)
   )
   (loop $panel0
    (local.set $0
     (i32.const 0)
    )
    (block
     (local.set $90
      (i32.const 16)
     )
     (loop $rows1
      (local.set $3
       (i32.mul
        (local.get $0)
        (i32.const 1600)
       )
      )
      (local.set $4
       (local.get $2)
      )
      (local.set $7
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $8
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $9
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $10
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $11
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $12
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $13
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $14
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $5
       (i32.add
        (local.get $4)
        (i32.const 192000)
       )
      )
      (loop $k2
       (local.set $15
        (v128.load offset=10304 align=4
         (local.get $4)
        )
       )
       (local.set $16
        (v128.load offset=10320 align=4
         (local.get $4)
        )
       )
       (local.set $17
        (v128.load32_splat offset=246896
         (local.get $3)
        )
       )
       (local.set $7
        (f32x4.add
         (local.get $7)
         (f32x4.mul
          (local.get $17)
          (local.get $15)
         )
        )
       )
       (local.set $8
        (f32x4.add
         (local.get $8)
         (f32x4.mul
          (local.get $17)
          (local.get $16)
         )
        )
       )
       (local.set $17
        (v128.load32_splat offset=248496
         (local.get $3)
        )
       )
       (local.set $9
        (f32x4.add
         (local.get $9)
         (f32x4.mul
          (local.get $17)
          (local.get $15)
         )
        )
       )
       (local.set $10
        (f32x4.add
         (local.get $10)
         (f32x4.mul
          (local.get $17)
          (local.get $16)
         )
        )
       )
       (local.set $17
        (v128.load32_splat offset=250096
         (local.get $3)
        )
       )
       (local.set $11
        (f32x4.add
         (local.get $11)
         (f32x4.mul
          (local.get $17)
          (local.get $15)
         )
        )
       )
       (local.set $12
        (f32x4.add
         (local.get $12)
         (f32x4.mul
          (local.get $17)
          (local.get $16)
         )
        )
       )
       (local.set $17
        (v128.load32_splat offset=251696
         (local.get $3)
        )
       )
       (local.set $13
        (f32x4.add
         (local.get $13)
         (f32x4.mul
          (local.get $17)
          (local.get $15)
         )
        )
       )
       (local.set $14
        (f32x4.add
         (local.get $14)
         (f32x4.mul
          (local.get $17)
          (local.get $16)
         )
        )
       )
       (local.set $3
        (i32.add
         (local.get $3)
         (i32.const 4)
        )
       )
       (local.set $4
        (i32.add
         (local.get $4)
         (i32.const 480)
        )
       )
       (br_if $k2
        (i32.ne
         (local.get $4)
         (local.get $5)
        )
       )
      )
      (local.set $6
       (i32.add
        (i32.mul
         (local.get $0)
         (i32.const 480)
        )
        (i32.shl
         (local.get $1)
         (i32.const 2)
        )
       )
      )
      (v128.store offset=349296 align=4
       (local.get $6)
       (block (result v128)
        (local.set $18
         (local.get $7)
        )
        (local.set $19
         (local.get $0)
        )
        (local.set $20
         (local.get $1)
        )
        (local.set $21
         (i32.add
          (i32.mul
           (local.get $19)
           (i32.const 120)
          )
          (local.get $20)
         )
        )
        (local.set $22
         (local.get $20)
        )
        (local.set $23
         (v128.load offset=202304 align=4
          (i32.shl
           (local.get $22)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $18)
          (local.get $23)
         )
        )
        (local.set $25
         (v128.and
          (f32x4.gt
           (local.get $24)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $26
         (v128.bitselect
          (local.get $24)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $25)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $26)
       )
      )
      (v128.store offset=349312 align=4
       (local.get $6)
       (block (result v128)
        (local.set $27
         (local.get $8)
        )
        (local.set $28
         (local.get $0)
        )
        (local.set $29
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $30
         (i32.add
          (i32.mul
           (local.get $28)
           (i32.const 120)
          )
          (local.get $29)
         )
        )
        (local.set $31
         (local.get $29)
        )
        (local.set $32
         (v128.load offset=202304 align=4
          (i32.shl
           (local.get $31)
           (i32.const 2)
          )
         )
        )
        (local.set $33
         (f32x4.add
          (local.get $27)
          (local.get $32)
         )
        )
        (local.set $34
         (v128.and
          (f32x4.gt
           (local.get $33)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $35
         (v128.bitselect
          (local.get $33)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $34)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $35)
       )
      )
      (v128.store offset=349776 align=4
       (local.get $6)
       (block (result v128)
        (local.set $36
         (local.get $9)
        )
        (local.set $37
         (i32.add
          (local.get $0)
          (i32.const 1)
         )
        )
        (local.set $38
         (local.get $1)
        )
        (local.set $39
         (i32.add
          (i32.mul
           (local.get $37)
           (i32.const 120)
          )
          (local.get $38)
         )
        )
        (local.set $40
         (local.get $38)
        )
        (local.set $41
         (v128.load offset=202304 align=4
          (i32.shl
           (local.get $40)
           (i32.const 2)
          )
         )
        )
        (local.set $42
         (f32x4.add
          (local.get $36)
          (local.get $41)
         )
        )
        (local.set $43
         (v128.and
          (f32x4.gt
           (local.get $42)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $44
         (v128.bitselect
          (local.get $42)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $43)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $44)
       )
      )
      (v128.store offset=349792 align=4
       (local.get $6)
       (block (result v128)
        (local.set $45
         (local.get $10)
        )
        (local.set $46
         (i32.add
          (local.get $0)
          (i32.const 1)
         )
        )
        (local.set $47
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $48
         (i32.add
          (i32.mul
           (local.get $46)
           (i32.const 120)
          )
          (local.get $47)
         )
        )
        (local.set $49
         (local.get $47)
        )
        (local.set $50
         (v128.load offset=202304 align=4
          (i32.shl
           (local.get $49)
           (i32.const 2)
          )
         )
        )
        (local.set $51
         (f32x4.add
          (local.get $45)
          (local.get $50)
         )
        )
        (local.set $52
         (v128.and
          (f32x4.gt
           (local.get $51)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $53
         (v128.bitselect
          (local.get $51)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $52)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $53)
       )
      )
      (v128.store offset=350256 align=4
       (local.get $6)
       (block (result v128)
        (local.set $54
         (local.get $11)
        )
        (local.set $55
         (i32.add
          (local.get $0)
          (i32.const 2)
         )
        )
        (local.set $56
         (local.get $1)
        )
        (local.set $57
         (i32.add
          (i32.mul
           (local.get $55)
           (i32.const 120)
          )
          (local.get $56)
         )
        )
        (local.set $58
         (local.get $56)
        )
        (local.set $59
         (v128.load offset=202304 align=4
          (i32.shl
           (local.get $58)
           (i32.const 2)
          )
         )
        )
        (local.set $60
         (f32x4.add
          (local.get $54)
          (local.get $59)
         )
        )
        (local.set $61
         (v128.and
          (f32x4.gt
           (local.get $60)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $62
         (v128.bitselect
          (local.get $60)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $61)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $62)
       )
      )
      (v128.store offset=350272 align=4
       (local.get $6)
       (block (result v128)
        (local.set $63
         (local.get $12)
        )
        (local.set $64
         (i32.add
          (local.get $0)
          (i32.const 2)
         )
        )
        (local.set $65
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $66
         (i32.add
          (i32.mul
           (local.get $64)
           (i32.const 120)
          )
          (local.get $65)
         )
        )
        (local.set $67
         (local.get $65)
        )
        (local.set $68
         (v128.load offset=202304 align=4
          (i32.shl
           (local.get $67)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32x4.add
          (local.get $63)
          (local.get $68)
         )
        )
        (local.set $70
         (v128.and
          (f32x4.gt
           (local.get $69)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $71
         (v128.bitselect
          (local.get $69)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $70)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $71)
       )
      )
      (v128.store offset=350736 align=4
       (local.get $6)
       (block (result v128)
        (local.set $72
         (local.get $13)
        )
        (local.set $73
         (i32.add
          (local.get $0)
          (i32.const 3)
         )
        )
        (local.set $74
         (local.get $1)
        )
        (local.set $75
         (i32.add
          (i32.mul
           (local.get $73)
           (i32.const 120)
          )
          (local.get $74)
         )
        )
        (local.set $76
         (local.get $74)
        )
        (local.set $77
         (v128.load offset=202304 align=4
          (i32.shl
           (local.get $76)
           (i32.const 2)
          )
         )
        )
        (local.set $78
         (f32x4.add
          (local.get $72)
          (local.get $77)
         )
        )
        (local.set $79
         (v128.and
          (f32x4.gt
           (local.get $78)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $80
         (v128.bitselect
          (local.get $78)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $79)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $80)
       )
      )
      (v128.store offset=350752 align=4
       (local.get $6)
       (block (result v128)
        (local.set $81
         (local.get $14)
        )
        (local.set $82
         (i32.add
          (local.get $0)
          (i32.const 3)
         )
        )
        (local.set $83
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $84
         (i32.add
          (i32.mul
           (local.get $82)
           (i32.const 120)
          )
          (local.get $83)
         )
        )
        (local.set $85
         (local.get $83)
        )
        (local.set $86
         (v128.load offset=202304 align=4
          (i32.shl
           (local.get $85)
           (i32.const 2)
          )
         )
        )
        (local.set $87
         (f32x4.add
          (local.get $81)
          (local.get $86)
         )
        )
        (local.set $88
         (v128.and
          (f32x4.gt
           (local.get $87)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $89
         (v128.bitselect
          (local.get $87)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $88)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $89)
       )
      )
      (local.set $0
       (i32.add
        (local.get $0)
        (i32.const 4)
       )
      )
      (br_if $rows1
       (i32.ne
        (local.tee $90
         (i32.sub
          (local.get $90)
          (i32.const 1)
         )
        )
        (i32.const 0)
       )
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 8)
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 32)
     )
    )
    (br_if $panel0
     (i32.ne
      (local.tee $91
       (i32.sub
        (local.get $91)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k5_fc1_matmul_add_compare_where
  (call $k5_fc1_matmul_add_compare_where_gemm)
 )
 (func $k6_fc2_matmul_add_compare_where_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 v128)
  (local $63 v128)
  (local $64 i32)
  (local $65 i32)
  (local $66 i32)
  (local $67 i32)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 v128)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 v128)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 i32)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 i32)
  (local $91 i32)
  (local $92 v128)
  (local $93 i32)
  (local $94 i32)
  (local $95 i32)
  (local $96 i32)
  (local $97 v128)
  (local $98 v128)
  (local $99 v128)
  (local $100 v128)
  (local $101 v128)
  (local $102 i32)
  (local $103 i32)
  (local $104 i32)
  (local $105 i32)
  (local $106 v128)
  (local $107 v128)
  (local $108 v128)
  (local $109 v128)
  (local $110 v128)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 i32)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 v128)
  (local $119 v128)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 v128)
  (local $125 v128)
  (local $126 v128)
  (local $127 v128)
  (local $128 i32)
  (local.set $1
   (i32.const 0)
  )
  (local.set $2
   (i32.const 0)
  )
  (block
   (local.set $91
    (i32.const 10)
   )
   (loop $panel0
    (local.set $0
     (i32.const 0)
    )
    (block
     (local.set $90
      (i32.const 16)
     )
     (loop $rows1
      (local.set $3
       (i32.mul
        (local.get $0)
        (i32.const 480)
       )
      )
      (local.set $4
       (local.get $2)
      )
      (local.set $7
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $8
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $9
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $10
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $11
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $12
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $13
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $14
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $5
       (i32.add
        (local.get $4)
        (i32.const 40320)
       )
      )
      (loop $k2
       (local.set $15
        (v128.load offset=202784 align=4
         (local.get $4)
        )
       )
       (local.set $16
        (v128.load offset=202800 align=4
         (local.get $4)
        )
       )
       (local.set $17
        (v128.load32_splat offset=349296
         (local.get $3)
        )
       )
       (local.set $7
        (f32x4.add
         (local.get $7)
         (f32x4.mul
          (local.get $17)
          (local.get $15)
         )
        )
       )
       (local.set $8
        (f32x4.add
         (local.get $8)
         (f32x4.mul
          (local.get $17)
          (local.get $16)
         )
        )
       )
       (local.set $17
        (v128.load32_splat offset=349776
         (local.get $3)
        )
       )
       (local.set $9
        (f32x4.add
         (local.get $9)
         (f32x4.mul
          (local.get $17)
          (local.get $15)
         )
        )
       )
       (local.set $10
        (f32x4.add
         (local.get $10)
         (f32x4.mul
          (local.get $17)
          (local.get $16)
         )
        )
       )
       (local.set $17
        (v128.load32_splat offset=350256
         (local.get $3)
        )
       )
       (local.set $11
        (f32x4.add
         (local.get $11)
         (f32x4.mul
          (local.get $17)
          (local.get $15)
         )
        )
       )
       (local.set $12
        (f32x4.add
         (local.get $12)
         (f32x4.mul
          (local.get $17)
          (local.get $16)
         )
        )
       )
       (local.set $17
        (v128.load32_splat offset=350736
         (local.get $3)
        )
       )
       (local.set $13
        (f32x4.add
         (local.get $13)
         (f32x4.mul
          (local.get $17)
          (local.get $15)
         )
        )
       )
       (local.set $14
        (f32x4.add
         (local.get $14)
         (f32x4.mul
          (local.get $17)
          (local.get $16)
         )
        )
       )
       (local.set $3
        (i32.add
         (local.get $3)
         (i32.const 4)
        )
       )
       (local.set $4
        (i32.add
         (local.get $4)
         (i32.const 336)
        )
       )
       (br_if $k2
        (i32.ne
         (local.get $4)
         (local.get $5)
        )
       )
      )
      (local.set $6
       (i32.add
        (i32.mul
         (local.get $0)
         (i32.const 336)
        )
        (i32.shl
         (local.get $1)
         (i32.const 2)
        )
       )
      )
      (v128.store offset=246896 align=4
       (local.get $6)
       (block (result v128)
        (local.set $18
         (local.get $7)
        )
        (local.set $19
         (local.get $0)
        )
        (local.set $20
         (local.get $1)
        )
        (local.set $21
         (i32.add
          (i32.mul
           (local.get $19)
           (i32.const 84)
          )
          (local.get $20)
         )
        )
        (local.set $22
         (local.get $20)
        )
        (local.set $23
         (v128.load offset=243104 align=4
          (i32.shl
           (local.get $22)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $18)
          (local.get $23)
         )
        )
        (local.set $25
         (v128.and
          (f32x4.gt
           (local.get $24)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $26
         (v128.bitselect
          (local.get $24)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $25)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $26)
       )
      )
      (v128.store offset=246912 align=4
       (local.get $6)
       (block (result v128)
        (local.set $27
         (local.get $8)
        )
        (local.set $28
         (local.get $0)
        )
        (local.set $29
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $30
         (i32.add
          (i32.mul
           (local.get $28)
           (i32.const 84)
          )
          (local.get $29)
         )
        )
        (local.set $31
         (local.get $29)
        )
        (local.set $32
         (v128.load offset=243104 align=4
          (i32.shl
           (local.get $31)
           (i32.const 2)
          )
         )
        )
        (local.set $33
         (f32x4.add
          (local.get $27)
          (local.get $32)
         )
        )
        (local.set $34
         (v128.and
          (f32x4.gt
           (local.get $33)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $35
         (v128.bitselect
          (local.get $33)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $34)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $35)
       )
      )
      (v128.store offset=247232 align=4
       (local.get $6)
       (block (result v128)
        (local.set $36
         (local.get $9)
        )
        (local.set $37
         (i32.add
          (local.get $0)
          (i32.const 1)
         )
        )
        (local.set $38
         (local.get $1)
        )
        (local.set $39
         (i32.add
          (i32.mul
           (local.get $37)
           (i32.const 84)
          )
          (local.get $38)
         )
        )
        (local.set $40
         (local.get $38)
        )
        (local.set $41
         (v128.load offset=243104 align=4
          (i32.shl
           (local.get $40)
           (i32.const 2)
          )
         )
        )
        (local.set $42
         (f32x4.add
          (local.get $36)
          (local.get $41)
         )
        )
        (local.set $43
         (v128.and
          (f32x4.gt
           (local.get $42)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $44
         (v128.bitselect
          (local.get $42)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $43)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $44)
       )
      )
      (v128.store offset=247248 align=4
       (local.get $6)
       (block (result v128)
        (local.set $45
         (local.get $10)
        )
        (local.set $46
         (i32.add
          (local.get $0)
          (i32.const 1)
         )
        )
        (local.set $47
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $48
         (i32.add
          (i32.mul
           (local.get $46)
           (i32.const 84)
          )
          (local.get $47)
         )
        )
        (local.set $49
         (local.get $47)
        )
        (local.set $50
         (v128.load offset=243104 align=4
          (i32.shl
           (local.get $49)
           (i32.const 2)
          )
         )
        )
        (local.set $51
         (f32x4.add
          (local.get $45)
          (local.get $50)
         )
        )
        (local.set $52
         (v128.and
          (f32x4.gt
           (local.get $51)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $53
         (v128.bitselect
          (local.get $51)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $52)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $53)
       )
      )
      (v128.store offset=247568 align=4
       (local.get $6)
       (block (result v128)
        (local.set $54
         (local.get $11)
        )
        (local.set $55
         (i32.add
          (local.get $0)
          (i32.const 2)
         )
        )
        (local.set $56
         (local.get $1)
        )
        (local.set $57
         (i32.add
          (i32.mul
           (local.get $55)
           (i32.const 84)
          )
          (local.get $56)
         )
        )
        (local.set $58
         (local.get $56)
        )
        (local.set $59
         (v128.load offset=243104 align=4
          (i32.shl
           (local.get $58)
           (i32.const 2)
          )
         )
        )
        (local.set $60
         (f32x4.add
          (local.get $54)
          (local.get $59)
         )
        )
        (local.set $61
         (v128.and
          (f32x4.gt
           (local.get $60)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $62
         (v128.bitselect
          (local.get $60)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $61)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $62)
       )
      )
      (v128.store offset=247584 align=4
       (local.get $6)
       (block (result v128)
        (local.set $63
         (local.get $12)
        )
        (local.set $64
         (i32.add
          (local.get $0)
          (i32.const 2)
         )
        )
        (local.set $65
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $66
         (i32.add
          (i32.mul
           (local.get $64)
           (i32.const 84)
          )
          (local.get $65)
         )
        )
        (local.set $67
         (local.get $65)
        )
        (local.set $68
         (v128.load offset=243104 align=4
          (i32.shl
           (local.get $67)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32x4.add
          (local.get $63)
          (local.get $68)
         )
        )
        (local.set $70
         (v128.and
          (f32x4.gt
           (local.get $69)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $71
         (v128.bitselect
          (local.get $69)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $70)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $71)
       )
      )
      (v128.store offset=247904 align=4
       (local.get $6)
       (block (result v128)
        (local.set $72
         (local.get $13)
        )
        (local.set $73
         (i32.add
          (local.get $0)
          (i32.const 3)
         )
        )
        (local.set $74
         (local.get $1)
        )
        (local.set $75
         (i32.add
          (i32.mul
           (local.get $73)
           (i32.const 84)
          )
          (local.get $74)
         )
        )
        (local.set $76
         (local.get $74)
        )
        (local.set $77
         (v128.load offset=243104 align=4
          (i32.shl
           (local.get $76)
           (i32.const 2)
          )
         )
        )
        (local.set $78
         (f32x4.add
          (local.get $72)
          (local.get $77)
         )
        )
        (local.set $79
         (v128.and
          (f32x4.gt
           (local.get $78)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $80
         (v128.bitselect
          (local.get $78)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $79)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $80)
       )
      )
      (v128.store offset=247920 align=4
       (local.get $6)
       (block (result v128)
        (local.set $81
         (local.get $14)
        )
        (local.set $82
         (i32.add
          (local.get $0)
          (i32.const 3)
         )
        )
        (local.set $83
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $84
         (i32.add
          (i32.mul
           (local.get $82)
           (i32.const 84)
          )
          (local.get $83)
         )
        )
        (local.set $85
         (local.get $83)
        )
        (local.set $86
         (v128.load offset=243104 align=4
          (i32.shl
           (local.get $85)
           (i32.const 2)
          )
         )
        )
        (local.set $87
         (f32x4.add
          (local.get $81)
          (local.get $86)
         )
        )
        (local.set $88
         (v128.and
          (f32x4.gt
           (local.get $87)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $89
         (v128.bitselect
          (local.get $87)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          (f32x4.ne
           (local.get $88)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
        (local.get $89)
       )
      )
      (local.set $0
       (i32.add
        (local.get $0)
        (i32.const 4)
       )
      )
      (br_if $rows1
       (i32.ne
        (local.tee $90
         (i32.sub
          (local.get $90)
          (i32.const 1)
         )
        )
        (i32.const 0)
       )
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 8)
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 32)
     )
    )
    (br_if $panel0
     (i32.ne
      (local.tee $91
       (i32.sub
        (local.get $91)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
  (local.set $0
   (i32.const 0)
  )
  (block
   (local.set $128
    (i32.const 16)
   )
   (loop $rows3
    (local.set $3
     (i32.mul
      (local.get $0)
      (i32.const 480)
     )
    )
    (local.set $4
     (local.get $2)
    )
    (local.set $7
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $13
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (i32.add
      (local.get $4)
      (i32.const 40320)
     )
    )
    (loop $k4
     (local.set $15
      (v128.load offset=202784 align=4
       (local.get $4)
      )
     )
     (local.set $17
      (v128.load32_splat offset=349296
       (local.get $3)
      )
     )
     (local.set $7
      (f32x4.add
       (local.get $7)
       (f32x4.mul
        (local.get $17)
        (local.get $15)
       )
      )
     )
     (local.set $17
      (v128.load32_splat offset=349776
       (local.get $3)
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.get $17)
        (local.get $15)
       )
      )
     )
     (local.set $17
      (v128.load32_splat offset=350256
       (local.get $3)
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.get $17)
        (local.get $15)
       )
      )
     )
     (local.set $17
      (v128.load32_splat offset=350736
       (local.get $3)
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.get $17)
        (local.get $15)
       )
      )
     )
     (local.set $3
      (i32.add
       (local.get $3)
       (i32.const 4)
      )
     )
     (local.set $4
      (i32.add
       (local.get $4)
       (i32.const 336)
      )
     )
     (br_if $k4
      (i32.ne
       (local.get $4)
       (local.get $5)
      )
     )
    )
    (local.set $6
     (i32.add
      (i32.mul
       (local.get $0)
       (i32.const 336)
      )
      (i32.shl
       (local.get $1)
       (i32.const 2)
      )
     )
    )
    (v128.store offset=246896 align=4
     (local.get $6)
     (block (result v128)
      (local.set $92
       (local.get $7)
      )
      (local.set $93
       (local.get $0)
      )
      (local.set $94
       (local.get $1)
      )
      (local.set $95
       (i32.add
        (i32.mul
         (local.get $93)
         (i32.const 84)
        )
        (local.get $94)
       )
      )
      (local.set $96
       (local.get $94)
      )
      (local.set $97
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $96)
         (i32.const 2)
        )
       )
      )
      (local.set $98
       (f32x4.add
        (local.get $92)
        (local.get $97)
       )
      )
      (local.set $99
       (v128.and
        (f32x4.gt
         (local.get $98)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
      )
      (local.set $100
       (v128.bitselect
        (local.get $98)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (local.get $99)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.get $100)
     )
    )
    (v128.store offset=247232 align=4
     (local.get $6)
     (block (result v128)
      (local.set $101
       (local.get $9)
      )
      (local.set $102
       (i32.add
        (local.get $0)
        (i32.const 1)
       )
      )
      (local.set $103
       (local.get $1)
      )
      (local.set $104
       (i32.add
        (i32.mul
         (local.get $102)
         (i32.const 84)
        )
        (local.get $103)
       )
      )
      (local.set $105
       (local.get $103)
      )
      (local.set $106
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $105)
         (i32.const 2)
        )
       )
      )
      (local.set $107
       (f32x4.add
        (local.get $101)
        (local.get $106)
       )
      )
      (local.set $108
       (v128.and
        (f32x4.gt
         (local.get $107)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
      )
      (local.set $109
       (v128.bitselect
        (local.get $107)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (local.get $108)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.get $109)
     )
    )
    (v128.store offset=247568 align=4
     (local.get $6)
     (block (result v128)
      (local.set $110
       (local.get $11)
      )
      (local.set $111
       (i32.add
        (local.get $0)
        (i32.const 2)
       )
      )
      (local.set $112
       (local.get $1)
      )
      (local.set $113
       (i32.add
        (i32.mul
         (local.get $111)
         (i32.const 84)
        )
        (local.get $112)
       )
      )
      (local.set $114
       (local.get $112)
      )
      (local.set $115
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $114)
         (i32.const 2)
        )
       )
      )
      (local.set $116
       (f32x4.add
        (local.get $110)
        (local.get $115)
       )
      )
      (local.set $117
       (v128.and
        (f32x4.gt
         (local.get $116)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
      )
      (local.set $118
       (v128.bitselect
        (local.get $116)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (local.get $117)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.get $118)
     )
    )
    (v128.store offset=247904 align=4
     (local.get $6)
     (block (result v128)
      (local.set $119
       (local.get $13)
      )
      (local.set $120
       (i32.add
        (local.get $0)
        (i32.const 3)
       )
      )
      (local.set $121
       (local.get $1)
      )
      (local.set $122
       (i32.add
        (i32.mul
         (local.get $120)
         (i32.const 84)
        )
        (local.get $121)
       )
      )
      (local.set $123
       (local.get $121)
      )
      (local.set $124
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $123)
         (i32.const 2)
        )
       )
      )
      (local.set $125
       (f32x4.add
        (local.get $119)
        (local.get $124)
       )
      )
      (local.set $126
       (v128.and
        (f32x4.gt
         (local.get $125)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
      )
      (local.set $127
       (v128.bitselect
        (local.get $125)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (local.get $126)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.get $127)
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (br_if $rows3
     (i32.ne
      (local.tee $128
       (i32.sub
        (local.get $128)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k6_fc2_matmul_add_compare_where
  (call $k6_fc2_matmul_add_compare_where_gemm)
 )
 (func $k7_fc3_matmul_add_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 v128)
  (local $66 v128)
  (local $67 v128)
  (local $68 i32)
  (local $69 i32)
  (local $70 i32)
  (local $71 i32)
  (local $72 v128)
  (local $73 v128)
  (local $74 i32)
  (local $75 v128)
  (local $76 i32)
  (local $77 i32)
  (local $78 i32)
  (local $79 i32)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 i32)
  (local $91 i32)
  (local $92 i32)
  (local $93 i32)
  (local $94 v128)
  (local $95 v128)
  (local $96 v128)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 v128)
  (local $102 v128)
  (local $103 i32)
  (local.set $1
   (i32.const 0)
  )
  (local.set $2
   (i32.const 0)
  )
  (block
   (local.set $0
    (i32.const 0)
   )
   (block
    (local.set $74
     (i32.const 16)
    )
    (loop $rows1
     (local.set $3
      (i32.mul
       (local.get $0)
       (i32.const 336)
      )
     )
     (local.set $4
      (local.get $2)
     )
     (local.set $7
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $8
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $9
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $10
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $11
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $12
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $13
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $14
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $5
      (i32.add
       (local.get $4)
       (i32.const 3360)
      )
     )
     (loop $k2
      (local.set $15
       (v128.load offset=243440 align=4
        (local.get $4)
       )
      )
      (local.set $16
       (v128.load offset=243456 align=4
        (local.get $4)
       )
      )
      (local.set $17
       (v128.load32_splat offset=246896
        (local.get $3)
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.get $17)
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $17)
         (local.get $16)
        )
       )
      )
      (local.set $17
       (v128.load32_splat offset=247232
        (local.get $3)
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $17)
         (local.get $15)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $17)
         (local.get $16)
        )
       )
      )
      (local.set $17
       (v128.load32_splat offset=247568
        (local.get $3)
       )
      )
      (local.set $11
       (f32x4.add
        (local.get $11)
        (f32x4.mul
         (local.get $17)
         (local.get $15)
        )
       )
      )
      (local.set $12
       (f32x4.add
        (local.get $12)
        (f32x4.mul
         (local.get $17)
         (local.get $16)
        )
       )
      )
      (local.set $17
       (v128.load32_splat offset=247904
        (local.get $3)
       )
      )
      (local.set $13
       (f32x4.add
        (local.get $13)
        (f32x4.mul
         (local.get $17)
         (local.get $15)
        )
       )
      )
      (local.set $14
       (f32x4.add
        (local.get $14)
        (f32x4.mul
         (local.get $17)
         (local.get $16)
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (i32.const 40)
       )
      )
      (br_if $k2
       (i32.ne
        (local.get $4)
        (local.get $5)
       )
      )
     )
     (local.set $6
      (i32.add
       (i32.mul
        (local.get $0)
        (i32.const 40)
       )
       (i32.shl
        (local.get $1)
        (i32.const 2)
       )
      )
     )
     (v128.store offset=268400 align=4
      (local.get $6)
      (block (result v128)
       (local.set $18
        (local.get $7)
       )
       (local.set $19
        (local.get $0)
       )
       (local.set $20
        (local.get $1)
       )
       (local.set $21
        (i32.add
         (i32.mul
          (local.get $19)
          (i32.const 10)
         )
         (local.get $20)
        )
       )
       (local.set $22
        (local.get $20)
       )
       (local.set $23
        (v128.load offset=246800 align=4
         (i32.shl
          (local.get $22)
          (i32.const 2)
         )
        )
       )
       (local.set $24
        (f32x4.add
         (local.get $18)
         (local.get $23)
        )
       )
       (local.get $24)
      )
     )
     (v128.store offset=268416 align=4
      (local.get $6)
      (block (result v128)
       (local.set $25
        (local.get $8)
       )
       (local.set $26
        (local.get $0)
       )
       (local.set $27
        (i32.add
         (local.get $1)
         (i32.const 4)
        )
       )
       (local.set $28
        (i32.add
         (i32.mul
          (local.get $26)
          (i32.const 10)
         )
         (local.get $27)
        )
       )
       (local.set $29
        (local.get $27)
       )
       (local.set $30
        (v128.load offset=246800 align=4
         (i32.shl
          (local.get $29)
          (i32.const 2)
         )
        )
       )
       (local.set $31
        (f32x4.add
         (local.get $25)
         (local.get $30)
        )
       )
       (local.get $31)
      )
     )
     (v128.store offset=268440 align=4
      (local.get $6)
      (block (result v128)
       (local.set $32
        (local.get $9)
       )
       (local.set $33
        (i32.add
         (local.get $0)
         (i32.const 1)
        )
       )
       (local.set $34
        (local.get $1)
       )
       (local.set $35
        (i32.add
         (i32.mul
          (local.get $33)
          (i32.const 10)
         )
         (local.get $34)
        )
       )
       (local.set $36
        (local.get $34)
       )
       (local.set $37
        (v128.load offset=246800 align=4
         (i32.shl
          (local.get $36)
          (i32.const 2)
         )
        )
       )
       (local.set $38
        (f32x4.add
         (local.get $32)
         (local.get $37)
        )
       )
       (local.get $38)
      )
     )
     (v128.store offset=268456 align=4
      (local.get $6)
      (block (result v128)
       (local.set $39
        (local.get $10)
       )
       (local.set $40
        (i32.add
         (local.get $0)
         (i32.const 1)
        )
       )
       (local.set $41
        (i32.add
         (local.get $1)
         (i32.const 4)
        )
       )
       (local.set $42
        (i32.add
         (i32.mul
          (local.get $40)
          (i32.const 10)
         )
         (local.get $41)
        )
       )
       (local.set $43
        (local.get $41)
       )
       (local.set $44
        (v128.load offset=246800 align=4
         (i32.shl
          (local.get $43)
          (i32.const 2)
         )
        )
       )
       (local.set $45
        (f32x4.add
         (local.get $39)
         (local.get $44)
        )
       )
       (local.get $45)
      )
     )
     (v128.store offset=268480 align=4
      (local.get $6)
      (block (result v128)
       (local.set $46
        (local.get $11)
       )
       (local.set $47
        (i32.add
         (local.get $0)
         (i32.const 2)
        )
       )
       (local.set $48
        (local.get $1)
       )
       (local.set $49
        (i32.add
         (i32.mul
          (local.get $47)
          (i32.const 10)
         )
         (local.get $48)
        )
       )
       (local.set $50
        (local.get $48)
       )
       (local.set $51
        (v128.load offset=246800 align=4
         (i32.shl
          (local.get $50)
          (i32.const 2)
         )
        )
       )
       (local.set $52
        (f32x4.add
         (local.get $46)
         (local.get $51)
        )
       )
       (local.get $52)
      )
     )
     (v128.store offset=268496 align=4
      (local.get $6)
      (block (result v128)
       (local.set $53
        (local.get $12)
       )
       (local.set $54
        (i32.add
         (local.get $0)
         (i32.const 2)
        )
       )
       (local.set $55
        (i32.add
         (local.get $1)
         (i32.const 4)
        )
       )
       (local.set $56
        (i32.add
         (i32.mul
          (local.get $54)
          (i32.const 10)
         )
         (local.get $55)
        )
       )
       (local.set $57
        (local.get $55)
       )
       (local.set $58
        (v128.load offset=246800 align=4
         (i32.shl
          (local.get $57)
          (i32.const 2)
         )
        )
       )
       (local.set $59
        (f32x4.add
         (local.get $53)
         (local.get $58)
        )
       )
       (local.get $59)
      )
     )
     (v128.store offset=268520 align=4
      (local.get $6)
      (block (result v128)
       (local.set $60
        (local.get $13)
       )
       (local.set $61
        (i32.add
         (local.get $0)
         (i32.const 3)
        )
       )
       (local.set $62
        (local.get $1)
       )
       (local.set $63
        (i32.add
         (i32.mul
          (local.get $61)
          (i32.const 10)
         )
         (local.get $62)
        )
       )
       (local.set $64
        (local.get $62)
       )
       (local.set $65
        (v128.load offset=246800 align=4
         (i32.shl
          (local.get $64)
          (i32.const 2)
         )
        )
       )
       (local.set $66
        (f32x4.add
         (local.get $60)
         (local.get $65)
        )
       )
       (local.get $66)
      )
     )
     (v128.store offset=268536 align=4
      (local.get $6)
      (block (result v128)
       (local.set $67
        (local.get $14)
       )
       (local.set $68
        (i32.add
         (local.get $0)
         (i32.const 3)
        )
       )
       (local.set $69
        (i32.add
         (local.get $1)
         (i32.const 4)
        )
       )
       (local.set $70
        (i32.add
         (i32.mul
          (local.get $68)
          (i32.const 10)
         )
         (local.get $69)
        )
       )
       (local.set $71
        (local.get $69)
       )
       (local.set $72
        (v128.load offset=246800 align=4
         (i32.shl
          (local.get $71)
          (i32.const 2)
         )
        )
       )
       (local.set $73
        (f32x4.add
         (local.get $67)
         (local.get $72)
        )
       )
       (local.get $73)
      )
     )
     (local.set $0
      (i32.add
       (local.get $0)
       (i32.const 4)
      )
     )
     (br_if $rows1
      (i32.ne
       (local.tee $74
        (i32.sub
         (local.get $74)
         (i32.const 1)
        )
       )
       (i32.const 0)
      )
     )
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 8)
    )
   )
   (local.set $2
    (i32.add
     (local.get $2)
     (i32.const 32)
    )
   )
  )
  (local.set $0
   (i32.const 0)
  )
  (block
   (local.set $103
    (i32.const 16)
   )
   (loop $rows3
    (local.set $3
     (i32.mul
      (local.get $0)
      (i32.const 336)
     )
    )
    (local.set $4
     (local.get $2)
    )
    (local.set $7
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $13
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (i32.add
      (local.get $4)
      (i32.const 3360)
     )
    )
    (loop $k4
     (local.set $15
      (v128.load64_zero offset=243440 align=4
       (local.get $4)
      )
     )
     (local.set $17
      (v128.load32_splat offset=246896
       (local.get $3)
      )
     )
     (local.set $7
      (f32x4.add
       (local.get $7)
       (f32x4.mul
        (local.get $17)
        (local.get $15)
       )
      )
     )
     (local.set $17
      (v128.load32_splat offset=247232
       (local.get $3)
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.get $17)
        (local.get $15)
       )
      )
     )
     (local.set $17
      (v128.load32_splat offset=247568
       (local.get $3)
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.get $17)
        (local.get $15)
       )
      )
     )
     (local.set $17
      (v128.load32_splat offset=247904
       (local.get $3)
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.get $17)
        (local.get $15)
       )
      )
     )
     (local.set $3
      (i32.add
       (local.get $3)
       (i32.const 4)
      )
     )
     (local.set $4
      (i32.add
       (local.get $4)
       (i32.const 40)
      )
     )
     (br_if $k4
      (i32.ne
       (local.get $4)
       (local.get $5)
      )
     )
    )
    (local.set $6
     (i32.add
      (i32.mul
       (local.get $0)
       (i32.const 40)
      )
      (i32.shl
       (local.get $1)
       (i32.const 2)
      )
     )
    )
    (local.set $7
     (block (result v128)
      (local.set $75
       (local.get $7)
      )
      (local.set $76
       (local.get $0)
      )
      (local.set $77
       (local.get $1)
      )
      (local.set $78
       (i32.add
        (i32.mul
         (local.get $76)
         (i32.const 10)
        )
        (local.get $77)
       )
      )
      (local.set $79
       (local.get $77)
      )
      (local.set $80
       (v128.load offset=246800 align=4
        (i32.shl
         (local.get $79)
         (i32.const 2)
        )
       )
      )
      (local.set $81
       (f32x4.add
        (local.get $75)
        (local.get $80)
       )
      )
      (local.get $81)
     )
    )
    (v128.store64_lane offset=268400 align=4 0
     (local.get $6)
     (local.get $7)
    )
    (local.set $9
     (block (result v128)
      (local.set $82
       (local.get $9)
      )
      (local.set $83
       (i32.add
        (local.get $0)
        (i32.const 1)
       )
      )
      (local.set $84
       (local.get $1)
      )
      (local.set $85
       (i32.add
        (i32.mul
         (local.get $83)
         (i32.const 10)
        )
        (local.get $84)
       )
      )
      (local.set $86
       (local.get $84)
      )
      (local.set $87
       (v128.load offset=246800 align=4
        (i32.shl
         (local.get $86)
         (i32.const 2)
        )
       )
      )
      (local.set $88
       (f32x4.add
        (local.get $82)
        (local.get $87)
       )
      )
      (local.get $88)
     )
    )
    (v128.store64_lane offset=268440 align=4 0
     (local.get $6)
     (local.get $9)
    )
    (local.set $11
     (block (result v128)
      (local.set $89
       (local.get $11)
      )
      (local.set $90
       (i32.add
        (local.get $0)
        (i32.const 2)
       )
      )
      (local.set $91
       (local.get $1)
      )
      (local.set $92
       (i32.add
        (i32.mul
         (local.get $90)
         (i32.const 10)
        )
        (local.get $91)
       )
      )
      (local.set $93
       (local.get $91)
      )
      (local.set $94
       (v128.load offset=246800 align=4
        (i32.shl
         (local.get $93)
         (i32.const 2)
        )
       )
      )
      (local.set $95
       (f32x4.add
        (local.get $89)
        (local.get $94)
       )
      )
      (local.get $95)
     )
    )
    (v128.store64_lane offset=268480 align=4 0
     (local.get $6)
     (local.get $11)
    )
    (local.set $13
     (block (result v128)
      (local.set $96
       (local.get $13)
      )
      (local.set $97
       (i32.add
        (local.get $0)
        (i32.const 3)
       )
      )
      (local.set $98
       (local.get $1)
      )
      (local.set $99
       (i32.add
        (i32.mul
         (local.get $97)
         (i32.const 10)
        )
        (local.get $98)
       )
      )
      (local.set $100
       (local.get $98)
      )
      (local.set $101
       (v128.load offset=246800 align=4
        (i32.shl
         (local.get $100)
         (i32.const 2)
        )
       )
      )
      (local.set $102
       (f32x4.add
        (local.get $96)
        (local.get $101)
       )
      )
      (local.get $102)
     )
    )
    (v128.store64_lane offset=268520 align=4 0
     (local.get $6)
     (local.get $13)
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (br_if $rows3
     (i32.ne
      (local.tee $103
       (i32.sub
        (local.get $103)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k7_fc3_matmul_add
  (call $k7_fc3_matmul_add_gemm)
 )
 (func $k8_reduceMax_stopGradient
  (local $0 i32)
  (local $1 v128)
  (local $2 f32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 f32)
  (local $8 i32)
  (local $9 f32)
  (local $10 i32)
  (local $11 f32)
  (block
   (local.set $0
    (i32.const 0)
   )
   (loop $for1
    (local.set $1
     (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
    )
    (block
     (local.set $3
      (i32.const 0)
     )
     (loop $for0
      (local.set $4
       (i32.add
        (i32.mul
         (local.get $0)
         (i32.const 10)
        )
        (local.get $3)
       )
      )
      (local.set $5
       (v128.load offset=268400 align=4
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (local.set $1
       (f32x4.max
        (local.get $1)
        (local.get $5)
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $for0
       (i32.lt_s
        (local.get $3)
        (i32.const 8)
       )
      )
     )
    )
    (local.set $2
     (f32.max
      (f32.max
       (f32x4.extract_lane 0
        (local.get $1)
       )
       (f32x4.extract_lane 1
        (local.get $1)
       )
      )
      (f32.max
       (f32x4.extract_lane 2
        (local.get $1)
       )
       (f32x4.extract_lane 3
        (local.get $1)
       )
      )
     )
    )
    (local.set $6
     (i32.add
      (i32.mul
       (local.get $0)
       (i32.const 10)
      )
      (i32.const 8)
     )
    )
    (local.set $7
     (f32.load offset=268400
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $2
     (f32.max
      (local.get $2)
      (local.get $7)
     )
    )
    (local.set $8
     (i32.add
      (i32.mul
       (local.get $0)
       (i32.const 10)
      )
      (i32.const 9)
     )
    )
    (local.set $9
     (f32.load offset=268400
      (i32.shl
       (local.get $8)
       (i32.const 2)
      )
     )
    )
    (local.set $2
     (f32.max
      (local.get $2)
      (local.get $9)
     )
    )
    (local.set $10
     (local.get $0)
    )
    (local.set $11
     (local.get $2)
    )
    (f32.store offset=246896
     (i32.shl
      (local.get $10)
      (i32.const 2)
     )
     (local.get $11)
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $for1
     (i32.lt_s
      (local.get $0)
      (i32.const 64)
     )
    )
   )
  )
 )
 (func $k9_sub_exp_reduceSum
  (local $0 i32)
  (local $1 v128)
  (local $2 f32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 i32)
  (local $11 f32)
  (local $12 i32)
  (local $13 f32)
  (local $14 f32)
  (local $15 f32)
  (local $16 i32)
  (local $17 f32)
  (local $18 i32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 i32)
  (block
   (local.set $0
    (i32.const 0)
   )
   (loop $for1
    (local.set $1
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (block
     (local.set $3
      (i32.const 0)
     )
     (loop $for0
      (local.set $4
       (i32.add
        (i32.mul
         (local.get $0)
         (i32.const 10)
        )
        (local.get $3)
       )
      )
      (local.set $5
       (v128.load offset=268400 align=4
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (local.set $6
       (local.get $0)
      )
      (local.set $7
       (v128.load32_splat offset=246896
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
      )
      (local.set $8
       (f32x4.sub
        (local.get $5)
        (local.get $7)
       )
      )
      (local.set $9
       (call $gf_exp_f32x4
        (local.get $8)
       )
      )
      (local.set $1
       (f32x4.add
        (local.get $1)
        (local.get $9)
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $for0
       (i32.lt_s
        (local.get $3)
        (i32.const 8)
       )
      )
     )
    )
    (local.set $2
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $1)
       )
       (f32x4.extract_lane 1
        (local.get $1)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $1)
       )
       (f32x4.extract_lane 3
        (local.get $1)
       )
      )
     )
    )
    (local.set $10
     (i32.add
      (i32.mul
       (local.get $0)
       (i32.const 10)
      )
      (i32.const 8)
     )
    )
    (local.set $11
     (f32.load offset=268400
      (i32.shl
       (local.get $10)
       (i32.const 2)
      )
     )
    )
    (local.set $12
     (local.get $0)
    )
    (local.set $13
     (f32.load offset=246896
      (i32.shl
       (local.get $12)
       (i32.const 2)
      )
     )
    )
    (local.set $14
     (f32.sub
      (local.get $11)
      (local.get $13)
     )
    )
    (local.set $15
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (local.get $14)
       )
      )
     )
    )
    (local.set $2
     (f32.add
      (local.get $2)
      (local.get $15)
     )
    )
    (local.set $16
     (i32.add
      (i32.mul
       (local.get $0)
       (i32.const 10)
      )
      (i32.const 9)
     )
    )
    (local.set $17
     (f32.load offset=268400
      (i32.shl
       (local.get $16)
       (i32.const 2)
      )
     )
    )
    (local.set $18
     (local.get $0)
    )
    (local.set $19
     (f32.load offset=246896
      (i32.shl
       (local.get $18)
       (i32.const 2)
      )
     )
    )
    (local.set $20
     (f32.sub
      (local.get $17)
      (local.get $19)
     )
    )
    (local.set $21
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (local.get $20)
       )
      )
     )
    )
    (local.set $2
     (f32.add
      (local.get $2)
      (local.get $21)
     )
    )
    (local.set $22
     (local.get $0)
    )
    (f32.store offset=247152
     (i32.shl
      (local.get $22)
      (i32.const 2)
     )
     (local.get $2)
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $for1
     (i32.lt_s
      (local.get $0)
      (i32.const 64)
     )
    )
   )
  )
 )
 (func $k10_sub_exp_div
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 f32)
  (local $4 i32)
  (local $5 f32)
  (local $6 f32)
  (local $7 f32)
  (local $8 f32)
  (local $9 f32)
  (block
   (local.set $0
    (i32.const 0)
   )
   (loop $for1
    (block
     (local.set $1
      (i32.const 0)
     )
     (loop $for0
      (local.set $2
       (i32.add
        (i32.mul
         (local.get $0)
         (i32.const 10)
        )
        (local.get $1)
       )
      )
      (local.set $3
       (f32.load offset=268400
        (i32.shl
         (local.get $2)
         (i32.const 2)
        )
       )
      )
      (local.set $4
       (local.get $0)
      )
      (local.set $5
       (f32.load offset=246896
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (local.set $6
       (f32.sub
        (local.get $3)
        (local.get $5)
       )
      )
      (local.set $7
       (f32x4.extract_lane 0
        (call $gf_exp_f32x4
         (f32x4.splat
          (local.get $6)
         )
        )
       )
      )
      (local.set $8
       (f32.load offset=247152
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (local.set $9
       (f32.div
        (local.get $7)
        (local.get $8)
       )
      )
      (f32.store offset=247408
       (i32.shl
        (local.get $2)
        (i32.const 2)
       )
       (local.get $9)
      )
      (local.set $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (br_if $for0
       (i32.lt_s
        (local.get $1)
        (i32.const 10)
       )
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $for1
     (i32.lt_s
      (local.get $0)
      (i32.const 64)
     )
    )
   )
  )
 )
 (func $k11_reshape_compare_log_4more
  (local $0 i32)
  (local $1 v128)
  (local $2 f32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 f32)
  (local $42 f32)
  (local $43 f32)
  (local $44 i32)
  (local $45 f32)
  (block
   (local.set $0
    (i32.const 0)
   )
   (loop $for1
    (local.set $1
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (block
     (local.set $3
      (i32.const 0)
     )
     (loop $for0
      (local.set $4
       (i32.add
        (i32.mul
         (local.get $0)
         (i32.const 10)
        )
        (local.get $3)
       )
      )
      (local.set $5
       (local.get $0)
      )
      (local.set $6
       (v128.load32_splat offset=447600
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (local.get $6)
      )
      (local.set $8
       (local.get $3)
      )
      (local.set $9
       (v128.load offset=246848 align=4
        (i32.shl
         (local.get $8)
         (i32.const 2)
        )
       )
      )
      (local.set $10
       (v128.and
        (i32x4.eq
         (local.get $7)
         (local.get $9)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
      )
      (local.set $11
       (v128.load offset=268400 align=4
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (local.set $12
       (v128.load32_splat offset=246896
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $13
       (f32x4.sub
        (local.get $11)
        (local.get $12)
       )
      )
      (local.set $14
       (v128.load32_splat offset=247152
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $15
       (call $gf_log_f32x4
        (local.get $14)
       )
      )
      (local.set $16
       (f32x4.sub
        (local.get $13)
        (local.get $15)
       )
      )
      (local.set $17
       (f32x4.mul
        (local.get $10)
        (local.get $16)
       )
      )
      (local.set $1
       (f32x4.add
        (local.get $1)
        (local.get $17)
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $for0
       (i32.lt_s
        (local.get $3)
        (i32.const 8)
       )
      )
     )
    )
    (local.set $2
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $1)
       )
       (f32x4.extract_lane 1
        (local.get $1)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $1)
       )
       (f32x4.extract_lane 3
        (local.get $1)
       )
      )
     )
    )
    (local.set $18
     (i32.add
      (i32.mul
       (local.get $0)
       (i32.const 10)
      )
      (i32.const 8)
     )
    )
    (local.set $19
     (local.get $0)
    )
    (local.set $20
     (i32.load offset=447600
      (i32.shl
       (local.get $19)
       (i32.const 2)
      )
     )
    )
    (local.set $21
     (local.get $20)
    )
    (local.set $22
     (i32.load offset=246880
      (i32.const 0)
     )
    )
    (local.set $23
     (f32.convert_i32_u
      (i32.eq
       (local.get $21)
       (local.get $22)
      )
     )
    )
    (local.set $24
     (f32.load offset=268400
      (i32.shl
       (local.get $18)
       (i32.const 2)
      )
     )
    )
    (local.set $25
     (f32.load offset=246896
      (i32.shl
       (local.get $19)
       (i32.const 2)
      )
     )
    )
    (local.set $26
     (f32.sub
      (local.get $24)
      (local.get $25)
     )
    )
    (local.set $27
     (f32.load offset=247152
      (i32.shl
       (local.get $19)
       (i32.const 2)
      )
     )
    )
    (local.set $28
     (f32x4.extract_lane 0
      (call $gf_log_f32x4
       (f32x4.splat
        (local.get $27)
       )
      )
     )
    )
    (local.set $29
     (f32.sub
      (local.get $26)
      (local.get $28)
     )
    )
    (local.set $30
     (f32.mul
      (local.get $23)
      (local.get $29)
     )
    )
    (local.set $2
     (f32.add
      (local.get $2)
      (local.get $30)
     )
    )
    (local.set $31
     (i32.add
      (i32.mul
       (local.get $0)
       (i32.const 10)
      )
      (i32.const 9)
     )
    )
    (local.set $32
     (local.get $0)
    )
    (local.set $33
     (i32.load offset=447600
      (i32.shl
       (local.get $32)
       (i32.const 2)
      )
     )
    )
    (local.set $34
     (local.get $33)
    )
    (local.set $35
     (i32.load offset=246884
      (i32.const 0)
     )
    )
    (local.set $36
     (f32.convert_i32_u
      (i32.eq
       (local.get $34)
       (local.get $35)
      )
     )
    )
    (local.set $37
     (f32.load offset=268400
      (i32.shl
       (local.get $31)
       (i32.const 2)
      )
     )
    )
    (local.set $38
     (f32.load offset=246896
      (i32.shl
       (local.get $32)
       (i32.const 2)
      )
     )
    )
    (local.set $39
     (f32.sub
      (local.get $37)
      (local.get $38)
     )
    )
    (local.set $40
     (f32.load offset=247152
      (i32.shl
       (local.get $32)
       (i32.const 2)
      )
     )
    )
    (local.set $41
     (f32x4.extract_lane 0
      (call $gf_log_f32x4
       (f32x4.splat
        (local.get $40)
       )
      )
     )
    )
    (local.set $42
     (f32.sub
      (local.get $39)
      (local.get $41)
     )
    )
    (local.set $43
     (f32.mul
      (local.get $36)
      (local.get $42)
     )
    )
    (local.set $2
     (f32.add
      (local.get $2)
      (local.get $43)
     )
    )
    (local.set $44
     (local.get $0)
    )
    (local.set $45
     (f32.neg
      (local.get $2)
     )
    )
    (f32.store offset=249968
     (i32.shl
      (local.get $44)
      (i32.const 2)
     )
     (local.get $45)
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $for1
     (i32.lt_s
      (local.get $0)
      (i32.const 64)
     )
    )
   )
  )
 )
 (func $k12_reduceSum_div
  (local $0 v128)
  (local $1 f32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 f32)
  (local.set $0
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $3
     (local.get $2)
    )
    (local.set $4
     (v128.load offset=249968 align=4
      (i32.shl
       (local.get $3)
       (i32.const 2)
      )
     )
    )
    (local.set $0
     (f32x4.add
      (local.get $0)
      (local.get $4)
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 4)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $2)
      (i32.const 64)
     )
    )
   )
  )
  (local.set $1
   (f32.add
    (f32.add
     (f32x4.extract_lane 0
      (local.get $0)
     )
     (f32x4.extract_lane 1
      (local.get $0)
     )
    )
    (f32.add
     (f32x4.extract_lane 2
      (local.get $0)
     )
     (f32x4.extract_lane 3
      (local.get $0)
     )
    )
   )
  )
  (local.set $5
   (f32.div
    (local.get $1)
    (f32.const 64)
   )
  )
  (f32.store offset=246896
   (i32.const 0)
   (local.get $5)
  )
 )
 (func $lenet5
  (call $k0_conv1_conv2d_add_compare_where)
  (call $k1_maxPool)
  (call $k2_conv2_conv2d_add_compare_where)
  (call $k3_maxPool)
  (call $k5_fc1_matmul_add_compare_where)
  (call $k6_fc2_matmul_add_compare_where)
  (call $k7_fc3_matmul_add)
  (call $k8_reduceMax_stopGradient)
  (call $k9_sub_exp_reduceSum)
  (call $k10_sub_exp_div)
  (call $k11_reshape_compare_log_4more)
  (call $k12_reduceSum_div)
  (nop)
 )
)
